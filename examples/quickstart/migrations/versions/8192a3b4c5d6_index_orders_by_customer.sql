-- Revision: 8192a3b4c5d6
-- Revises: 5e6f708192a3
-- Message: index orders by customer
-- Create-Date: 2026-01-20T10:00:00Z

-- +upgrade
CREATE INDEX IF NOT EXISTS ix_orders_customer ON orders (customer_id);

-- +downgrade
DROP INDEX IF EXISTS ix_orders_customer;
