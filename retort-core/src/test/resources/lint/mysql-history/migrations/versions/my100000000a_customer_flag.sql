-- Revision: my100000000a
-- Revises: my090000000a
-- Message: customer flag
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE customers ADD COLUMN vip TINYINT(1) NOT NULL;
ALTER TABLE customers ALTER COLUMN vip SET DEFAULT 0;

-- +downgrade
SELECT 1;
