-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(320) NOT NULL DEFAULT '';

-- +downgrade
ALTER TABLE users DROP COLUMN IF EXISTS email;
