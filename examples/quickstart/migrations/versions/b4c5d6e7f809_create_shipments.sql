-- Revision: b4c5d6e7f809
-- Revises: a3b4c5d6e7f8
-- Message: create shipments
-- Create-Date: 2026-02-02T09:00:00Z

-- +upgrade
CREATE TABLE shipments (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), shipped_at TEXT);

-- +downgrade
DROP TABLE shipments;
