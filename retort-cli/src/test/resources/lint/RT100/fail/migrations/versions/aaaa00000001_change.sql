-- Revision: aaaa00000001
-- Revises:
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z
-- retort:lint-ignore RT111

-- +upgrade
CREATE TABLE t_aaaa00000001 (id INT PRIMARY KEY);
