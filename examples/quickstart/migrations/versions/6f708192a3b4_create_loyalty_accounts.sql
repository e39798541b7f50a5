-- Revision: 6f708192a3b4
-- Revises: 5e6f708192a3
-- Message: create loyalty accounts
-- Create-Date: 2026-01-20T09:00:00Z
-- Branch-Labels: loyalty

-- +upgrade
CREATE TABLE loyalty_accounts (customer_id INTEGER PRIMARY KEY REFERENCES customers(id), points INTEGER NOT NULL DEFAULT 0);

-- +downgrade
DROP TABLE loyalty_accounts;
