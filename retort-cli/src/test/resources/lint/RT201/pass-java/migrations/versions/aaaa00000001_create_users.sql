-- Revision: aaaa00000001
-- Revises:
-- Message: create users and orders
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100));
CREATE TABLE orders (id INT PRIMARY KEY, user_id INT);

-- +downgrade
DROP TABLE orders;
DROP TABLE users;
