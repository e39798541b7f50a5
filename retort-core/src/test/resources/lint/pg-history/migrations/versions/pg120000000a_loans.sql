-- Revision: pg120000000a
-- Revises: pg110000000a
-- Message: loans
-- Create-Date: 2026-03-12T10:00:00Z

-- +upgrade
CREATE TABLE loans (
  id bigserial PRIMARY KEY,
  book_id bigint NOT NULL,
  member text NOT NULL,
  due date NOT NULL
);
ALTER TABLE loans ADD CONSTRAINT loans_book_fk FOREIGN KEY (book_id) REFERENCES books (id);
CREATE INDEX loans_book_idx ON loans (book_id);

-- +downgrade
DROP TABLE IF EXISTS loans;
