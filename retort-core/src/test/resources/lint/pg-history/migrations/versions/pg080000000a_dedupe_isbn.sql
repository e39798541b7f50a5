-- Revision: pg080000000a
-- Revises: pg070000000a
-- Message: clear duplicate isbns
-- Create-Date: 2026-03-08T10:00:00Z

-- +upgrade
CREATE TEMP TABLE dup_isbns AS
  SELECT isbn FROM books WHERE isbn IS NOT NULL GROUP BY isbn HAVING count(*) > 1;
UPDATE books SET isbn = NULL WHERE isbn IN (SELECT isbn FROM dup_isbns);
DROP TABLE dup_isbns;

-- +downgrade
SELECT 1;
