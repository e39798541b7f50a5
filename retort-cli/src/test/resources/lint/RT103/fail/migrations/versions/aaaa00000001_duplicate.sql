-- Revision: aaaa00000001
-- Revises:
-- Message: duplicate
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE dup (id INT);

-- +downgrade
DROP TABLE dup;
