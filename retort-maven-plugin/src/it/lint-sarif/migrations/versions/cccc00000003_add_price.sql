-- Revision: cccc00000003
-- Revises: aaaa00000001
-- Message: add price

-- +upgrade
ALTER TABLE items ADD COLUMN price INTEGER;

-- +downgrade
ALTER TABLE items DROP COLUMN price;
