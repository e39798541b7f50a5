-- Revision: aaaa00000001
-- Revises:
-- Message: create users
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE t_aaaa00000001 (id INT PRIMARY KEY);

-- +downgrade
DROP TABLE t_aaaa00000001;
