-- Revision: pg140000000a
-- Revises: pg130000000a
-- Message: rename member
-- Create-Date: 2026-03-14T10:00:00Z

-- +upgrade
ALTER TABLE loans RENAME COLUMN member TO member_name;

-- +downgrade
ALTER TABLE loans RENAME COLUMN member_name TO member;
