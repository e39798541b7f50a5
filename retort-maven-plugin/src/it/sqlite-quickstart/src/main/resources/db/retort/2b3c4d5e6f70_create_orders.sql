-- Revision: 2b3c4d5e6f70
-- Revises: 1a2b3c4d5e6f
-- Message: create orders
-- Create-Date: 2026-01-06T09:00:00Z

-- +upgrade
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  total_cents INTEGER NOT NULL
);

-- +downgrade
DROP TABLE orders;
