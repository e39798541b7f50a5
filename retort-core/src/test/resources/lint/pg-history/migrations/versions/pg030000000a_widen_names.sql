-- Revision: pg030000000a
-- Revises: pg020000000a
-- Message: longer names and titles
-- Create-Date: 2026-03-03T10:00:00Z

-- +upgrade
ALTER TABLE authors ALTER COLUMN name TYPE varchar(255);
ALTER TABLE books ALTER COLUMN title TYPE text;

-- +downgrade
SELECT 1;
