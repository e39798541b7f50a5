-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE t_bbbb00000002 (id INT PRIMARY KEY);

-- +downgrade
DROP TABLE t_bbbb00000002;
