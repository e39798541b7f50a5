-- Revision: 2b3c4d5e6f70
-- Revises: 1a2b3c4d5e6f
-- Message: create orders
-- Create-Date: 2026-12-01T09:10:00Z

-- +upgrade
CREATE TABLE orders (
    id VARCHAR(36) PRIMARY KEY,
    customer_id VARCHAR(36) NOT NULL REFERENCES customers (id),
    total_cents BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL
);

-- +downgrade
DROP TABLE orders;
