-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE INDEX CONCURRENTLY ix_users_id ON users (id);

-- +downgrade
DROP INDEX CONCURRENTLY ix_users_id;
