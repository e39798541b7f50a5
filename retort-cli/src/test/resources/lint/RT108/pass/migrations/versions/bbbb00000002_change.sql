-- Revision: bbbb00000002
-- Revises:
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z
-- Branch-Labels: orders

-- +upgrade
CREATE TABLE t_bbbb00000002 (id INT PRIMARY KEY);

-- +downgrade
DROP TABLE t_bbbb00000002;
