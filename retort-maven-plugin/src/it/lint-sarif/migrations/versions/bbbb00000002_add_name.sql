-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: add name

-- +upgrade
ALTER TABLE items ADD COLUMN name TEXT;

-- +downgrade
ALTER TABLE items DROP COLUMN name;
