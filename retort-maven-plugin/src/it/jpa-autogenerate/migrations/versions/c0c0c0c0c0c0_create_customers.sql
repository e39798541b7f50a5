-- Revision: c0c0c0c0c0c0
-- Revises:
-- Message: create customers

-- +upgrade
CREATE TABLE customers (id BIGINT NOT NULL, email VARCHAR(255) NOT NULL, PRIMARY KEY (id));

-- +downgrade
DROP TABLE customers;
