-- Revision: my050000000a
-- Revises: my040000000a
-- Message: total in cents
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE orders MODIFY total BIGINT NOT NULL;

-- +downgrade
SELECT 1;
