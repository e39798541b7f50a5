-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE INDEX ix_users_name ON users (name);

-- +downgrade
DROP INDEX IF EXISTS ix_users_name;
