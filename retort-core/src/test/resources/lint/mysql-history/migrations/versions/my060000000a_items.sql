-- Revision: my060000000a
-- Revises: my050000000a
-- Message: items
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade
CREATE TABLE items (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT UNSIGNED NOT NULL,
  sku VARCHAR(32) NOT NULL
);
ALTER TABLE items ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id);
CREATE INDEX ix_items_sku ON items (sku);
CREATE FULLTEXT INDEX ft_items_sku ON items (sku);

-- +downgrade
DROP TABLE items;
