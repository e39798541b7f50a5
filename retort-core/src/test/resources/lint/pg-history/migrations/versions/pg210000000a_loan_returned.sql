-- Revision: pg210000000a
-- Revises: pg200000000a
-- Message: returned flag
-- Create-Date: 2026-03-21T10:00:00Z

-- +upgrade
ALTER TABLE loans ADD COLUMN returned boolean NOT NULL;

-- +downgrade
ALTER TABLE loans DROP COLUMN IF EXISTS returned;
