-- Revision: pg130000000a
-- Revises: pg120000000a
-- Message: book editors
-- Create-Date: 2026-03-13T10:00:00Z

-- +upgrade
ALTER TABLE books ADD COLUMN editor_id bigint;
ALTER TABLE books ADD CONSTRAINT books_editor_fk FOREIGN KEY (editor_id) REFERENCES authors (id);

-- +downgrade
ALTER TABLE books DROP COLUMN IF EXISTS editor_id;
