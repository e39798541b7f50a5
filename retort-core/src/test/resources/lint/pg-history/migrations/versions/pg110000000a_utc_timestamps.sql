-- Revision: pg110000000a
-- Revises: pg100000000a
-- Message: created_at without time zone
-- Create-Date: 2026-03-11T10:00:00Z

-- +upgrade
ALTER TABLE authors ALTER COLUMN created_at TYPE timestamp USING created_at AT TIME ZONE 'UTC';

-- +downgrade
SELECT 1;
