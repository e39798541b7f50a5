-- Revision: pg190000000a
-- Revises: pg180000000a
-- Message: drop legacy code
-- Create-Date: 2026-03-19T10:00:00Z

-- +upgrade
ALTER TABLE authors DROP COLUMN legacy_code;

-- +downgrade
ALTER TABLE authors ADD COLUMN IF NOT EXISTS legacy_code varchar(8);
