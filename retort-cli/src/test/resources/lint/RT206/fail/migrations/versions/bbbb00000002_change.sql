-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE users RENAME COLUMN name TO full_name;

-- +downgrade
ALTER TABLE users RENAME COLUMN full_name TO name;
