-- Revision: 92a3b4c5d6e7
-- Revises: 8192a3b4c5d6
-- Message: add order status
-- Create-Date: 2026-01-22T09:00:00Z

-- +upgrade
ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'placed';

-- +downgrade
ALTER TABLE orders DROP COLUMN status;
