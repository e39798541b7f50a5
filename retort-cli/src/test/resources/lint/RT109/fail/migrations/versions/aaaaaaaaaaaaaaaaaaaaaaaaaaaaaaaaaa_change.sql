-- Revision: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
-- Revises:
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE t_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id INT PRIMARY KEY);

-- +downgrade
DROP TABLE t_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;
