-- Revision: 2b3c4d5e6f70
-- Revises: 1a2b3c4d5e6f
-- Message: create events
-- Create-Date: 2026-12-07T09:10:00Z
-- Transactional: false

-- +upgrade
CREATE TABLE events (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);

-- +downgrade
DROP TABLE events;
