-- Revision: 708192a3b4c5
-- Revises: 6f708192a3b4
-- Message: record loyalty events
-- Create-Date: 2026-01-21T09:00:00Z

-- +upgrade
CREATE TABLE loyalty_events (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES loyalty_accounts(customer_id), delta INTEGER NOT NULL, at TEXT NOT NULL);

-- +downgrade
DROP TABLE loyalty_events;
