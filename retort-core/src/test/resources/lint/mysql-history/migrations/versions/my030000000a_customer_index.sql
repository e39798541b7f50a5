-- Revision: my030000000a
-- Revises: my020000000a
-- Message: customer index
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE INDEX ix_orders_customer_paid ON orders (customer_id, paid_at) ALGORITHM=INPLACE LOCK=NONE;

-- +downgrade
DROP INDEX ix_orders_customer_paid ON orders;
