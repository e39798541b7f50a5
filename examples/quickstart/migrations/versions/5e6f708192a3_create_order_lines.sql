-- Revision: 5e6f708192a3
-- Revises: 4d5e6f708192
-- Message: create order lines
-- Create-Date: 2026-01-13T09:00:00Z

-- +upgrade
CREATE TABLE order_lines (order_id INTEGER NOT NULL REFERENCES orders(id), product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL CHECK (quantity > 0), PRIMARY KEY (order_id, product_id));

-- +downgrade
DROP TABLE order_lines;
