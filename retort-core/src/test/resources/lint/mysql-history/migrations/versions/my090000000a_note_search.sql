-- Revision: my090000000a
-- Revises: my080000000a
-- Message: note search
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE orders ADD FULLTEXT INDEX ft_orders_note (note);

-- +downgrade
SELECT 1;
