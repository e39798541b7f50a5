-- Revision: f2f2f2f2f2f2
-- Revises: e1e1e1e1e1e1
-- Message: create invoices

-- +upgrade
CREATE TABLE invoices (
  id BIGSERIAL PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts (id),
  amount NUMERIC(12, 2) NOT NULL
);

-- +downgrade
DROP TABLE invoices;
