-- Revision: 1a2b3c4d5e6f
-- Revises:
-- Message: create customers
-- Create-Date: 2026-01-05T09:00:00Z

-- +upgrade
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);

-- +downgrade
DROP TABLE customers;
