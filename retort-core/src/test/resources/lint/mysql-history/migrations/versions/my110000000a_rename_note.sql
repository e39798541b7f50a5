-- Revision: my110000000a
-- Revises: my100000000a
-- Message: rename note
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE orders CHANGE note remark VARCHAR(20);
RENAME TABLE items TO order_items;

-- +downgrade
SELECT 1;
