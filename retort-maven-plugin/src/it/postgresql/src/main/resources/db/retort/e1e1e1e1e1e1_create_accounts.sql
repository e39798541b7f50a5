-- Revision: e1e1e1e1e1e1
-- Revises:
-- Message: create accounts

-- +upgrade
CREATE TABLE accounts (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE, settings JSONB NOT NULL DEFAULT '{}');

-- +downgrade
DROP TABLE accounts;
