-- Revision: my120000000a
-- Revises: my110000000a
-- Message: drop old index
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
DROP INDEX ix_orders_status ON orders;
DROP TABLE IF EXISTS scratch;

-- +downgrade
SELECT 1;
