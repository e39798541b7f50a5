-- Revision: pg070000000a
-- Revises: pg060000000a
-- Message: author book counts
-- Create-Date: 2026-03-07T10:00:00Z

-- +upgrade
CREATE MATERIALIZED VIEW author_book_counts AS
  SELECT a.id AS author_id, count(b.id) AS books
  FROM authors a LEFT JOIN books b ON b.author_id = a.id
  GROUP BY a.id;
CREATE UNIQUE INDEX author_book_counts_pk ON author_book_counts (author_id);

-- +downgrade
DROP MATERIALIZED VIEW IF EXISTS author_book_counts;
