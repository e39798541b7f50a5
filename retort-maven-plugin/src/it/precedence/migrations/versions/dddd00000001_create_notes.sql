-- Revision: dddd00000001
-- Revises:
-- Message: create notes

-- +upgrade
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);

-- +downgrade
DROP TABLE notes;
