-- Revision: aaaa00000001
-- Revises:
-- Message: create items

-- +upgrade
CREATE TABLE items (id INTEGER PRIMARY KEY);

-- +downgrade
DROP TABLE items;
