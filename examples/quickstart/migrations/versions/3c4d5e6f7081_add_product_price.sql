-- Revision: 3c4d5e6f7081
-- Revises: 2b3c4d5e6f70
-- Message: add product price
-- Create-Date: 2026-01-08T09:00:00Z

-- +upgrade
ALTER TABLE products ADD COLUMN price_cents INTEGER NOT NULL DEFAULT 0;

-- +downgrade
ALTER TABLE products DROP COLUMN price_cents;
