-- Revision: pg220000000a
-- Revises: pg210000000a
-- Message: due date index
-- Create-Date: 2026-03-22T10:00:00Z

-- +upgrade
CREATE INDEX CONCURRENTLY loans_due_idx ON loans (due);

-- +downgrade
DROP INDEX CONCURRENTLY IF EXISTS loans_due_idx;
