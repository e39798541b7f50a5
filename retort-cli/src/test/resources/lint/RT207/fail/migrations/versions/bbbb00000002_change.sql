-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE users ALTER COLUMN name SET NOT NULL;

-- +downgrade
ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
