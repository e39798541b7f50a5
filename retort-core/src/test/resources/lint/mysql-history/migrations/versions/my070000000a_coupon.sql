-- Revision: my070000000a
-- Revises: my060000000a
-- Message: coupon
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
SET foreign_key_checks = 0;
ALTER TABLE orders ADD COLUMN coupon_id BIGINT UNSIGNED NULL, ADD CONSTRAINT fk_orders_coupon FOREIGN KEY (coupon_id) REFERENCES coupons (id), ALGORITHM=INPLACE, LOCK=NONE;
SET foreign_key_checks = 1;

-- +downgrade
SELECT 1;
