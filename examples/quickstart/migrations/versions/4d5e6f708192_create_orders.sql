-- Revision: 4d5e6f708192
-- Revises: 3c4d5e6f7081
-- Message: create orders
-- Create-Date: 2026-01-12T09:00:00Z

-- +upgrade
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), placed_at TEXT NOT NULL);

-- +downgrade
DROP TABLE orders;
