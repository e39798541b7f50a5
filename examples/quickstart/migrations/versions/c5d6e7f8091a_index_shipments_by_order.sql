-- Revision: c5d6e7f8091a
-- Revises: b4c5d6e7f809
-- Message: index shipments by order
-- Create-Date: 2026-02-03T09:00:00Z

-- +upgrade
CREATE INDEX IF NOT EXISTS ix_shipments_order ON shipments (order_id);

-- +downgrade
DROP INDEX IF EXISTS ix_shipments_order;
