-- Revision: pg040000000a
-- Revises: pg030000000a
-- Message: author type optional
-- Create-Date: 2026-03-04T10:00:00Z

-- +upgrade
ALTER TABLE authors ALTER COLUMN type DROP NOT NULL;
ALTER TABLE authors ALTER COLUMN type SET DEFAULT 'organisation';

-- +downgrade
ALTER TABLE authors ALTER COLUMN type SET DEFAULT 'person';
