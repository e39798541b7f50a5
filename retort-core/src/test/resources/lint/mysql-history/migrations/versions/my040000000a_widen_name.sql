-- Revision: my040000000a
-- Revises: my030000000a
-- Message: widen name
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE customers MODIFY name VARCHAR(60) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;

-- +downgrade
SELECT 1;
