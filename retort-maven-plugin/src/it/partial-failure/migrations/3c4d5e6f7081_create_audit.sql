-- Revision: 3c4d5e6f7081
-- Revises: 2b3c4d5e6f70
-- Message: create audit
-- Create-Date: 2026-12-07T09:20:00Z

-- +upgrade
CREATE TABLE audit (id INTEGER PRIMARY KEY);

-- +downgrade
DROP TABLE audit;
