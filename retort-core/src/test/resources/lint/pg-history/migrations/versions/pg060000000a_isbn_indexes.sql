-- Revision: pg060000000a
-- Revises: pg050000000a
-- Message: partial isbn indexes
-- Create-Date: 2026-03-06T10:00:00Z
-- Transactional: false

-- +upgrade
CREATE INDEX CONCURRENTLY IF NOT EXISTS books_isbn_idx ON books (isbn) WHERE isbn IS NOT NULL;
CREATE UNIQUE INDEX CONCURRENTLY books_live_title ON books (lower(title)) WHERE status <> 'deleted';

-- +downgrade
DROP INDEX CONCURRENTLY IF EXISTS books_live_title;
DROP INDEX CONCURRENTLY IF EXISTS books_isbn_idx;
