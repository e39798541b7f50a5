-- Revision: pg170000000a
-- Revises: pg160000000a
-- Message: counts without data
-- Create-Date: 2026-03-17T10:00:00Z

-- +upgrade
DROP MATERIALIZED VIEW IF EXISTS author_book_counts;
CREATE MATERIALIZED VIEW author_book_counts AS
  SELECT author_id, count(*) AS books FROM books GROUP BY author_id
  WITH NO DATA;
CREATE UNIQUE INDEX author_book_counts_pk ON author_book_counts (author_id);
REFRESH MATERIALIZED VIEW author_book_counts;

-- +downgrade
SELECT 1;
