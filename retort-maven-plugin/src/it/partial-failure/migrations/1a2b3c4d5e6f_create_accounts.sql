-- Revision: 1a2b3c4d5e6f
-- Revises:
-- Message: create accounts
-- Create-Date: 2026-12-07T09:00:00Z

-- +upgrade
CREATE TABLE accounts (id INTEGER PRIMARY KEY);

-- +downgrade
DROP TABLE accounts;
