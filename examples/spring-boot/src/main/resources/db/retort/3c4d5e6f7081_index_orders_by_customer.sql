-- Revision: 3c4d5e6f7081
-- Revises: 2b3c4d5e6f70
-- Message: index orders by customer
-- Create-Date: 2026-12-01T09:20:00Z

-- +upgrade
CREATE INDEX IF NOT EXISTS ix_orders_customer ON orders (customer_id);

-- +downgrade
DROP INDEX IF EXISTS ix_orders_customer;
