-- Revision: pg100000000a
-- Revises: pg090000000a
-- Message: wider prices, isbn-10
-- Create-Date: 2026-03-10T10:00:00Z

-- +upgrade
ALTER TABLE books ALTER COLUMN price TYPE numeric(12, 2);
ALTER TABLE books ALTER COLUMN isbn TYPE varchar(10);

-- +downgrade
ALTER TABLE books ALTER COLUMN isbn TYPE varchar(13);
