-- Revision: bbbb00000002
-- Revises: aaaa00000001
-- Message: change
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;

-- +downgrade
ALTER TABLE orders DROP CONSTRAINT IF EXISTS fk_orders_user;
