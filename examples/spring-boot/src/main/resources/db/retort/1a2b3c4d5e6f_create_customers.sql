-- Revision: 1a2b3c4d5e6f
-- Revises:
-- Message: create customers
-- Create-Date: 2026-12-01T09:00:00Z

-- +upgrade
CREATE TABLE customers (
    id VARCHAR(36) PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(320) NOT NULL UNIQUE
);
INSERT INTO customers (id, name, email)
    VALUES ('00000000-0000-4000-8000-000000000001', 'Ada Lovelace', 'ada@example.com');

-- +downgrade
DROP TABLE customers;
