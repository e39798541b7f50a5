-- Revision: pg090000000a
-- Revises: pg080000000a
-- Message: draft books index
-- Create-Date: 2026-03-09T10:00:00Z

-- +upgrade
create index books_draft_idx on books (status) where status = 'draft';

-- +downgrade
drop index if exists books_draft_idx;
