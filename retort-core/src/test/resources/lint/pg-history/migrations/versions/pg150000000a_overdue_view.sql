-- Revision: pg150000000a
-- Revises: pg140000000a
-- Message: overdue loans view
-- Create-Date: 2026-03-15T10:00:00Z

-- +upgrade
CREATE VIEW overdue_loans AS SELECT * FROM loans WHERE due < current_date;
DROP INDEX IF EXISTS loans_book_idx;

-- +downgrade
DROP VIEW IF EXISTS overdue_loans;
