-- Revision: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
-- Revises: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE t_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb (id INT PRIMARY KEY);

-- +downgrade
DROP TABLE t_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb;
