-- Revision: 2b3c4d5e6f70
-- Revises: 1a2b3c4d5e6f
-- Message: create products
-- Create-Date: 2026-01-06T09:00:00Z

-- +upgrade
CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL);

-- +downgrade
DROP TABLE products;
