-- Revision: pg160000000a
-- Revises: pg150000000a
-- Message: format required
-- Create-Date: 2026-03-16T10:00:00Z

-- +upgrade
ALTER TABLE books ALTER COLUMN format SET NOT NULL;
ALTER TABLE authors ALTER COLUMN type TYPE varchar;

-- +downgrade
ALTER TABLE books ALTER COLUMN format DROP NOT NULL;
