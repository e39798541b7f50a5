-- Revision: my080000000a
-- Revises: my070000000a
-- Message: shipped
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE orders MODIFY status ENUM('new','paid','shipped') NOT NULL DEFAULT 'new';

-- +downgrade
SELECT 1;
