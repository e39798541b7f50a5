-- Revision: pg200000000a
-- Revises: pg190000000a
-- Message: import books from a scratch table
-- Create-Date: 2026-03-20T10:00:00Z

-- +upgrade
CREATE TABLE book_import (isbn varchar(13), title text);
CREATE INDEX book_import_isbn ON book_import (isbn);
INSERT INTO books (author_id, title, isbn, status)
  SELECT 1, title, isbn, 'draft' FROM book_import;
ALTER TABLE book_import DROP COLUMN title;
DROP INDEX book_import_isbn;
DROP TABLE book_import;

-- +downgrade
SELECT 1;
