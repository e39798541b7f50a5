-- Revision: my020000000a
-- Revises: my010000000a
-- Message: paid at
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
ALTER TABLE `orders` ADD COLUMN `paid_at` DATETIME NULL, ALGORITHM=INSTANT;

-- +downgrade
ALTER TABLE orders DROP COLUMN paid_at;
