-- Revision: pg050000000a
-- Revises: pg040000000a
-- Message: book format enum
-- Create-Date: 2026-03-05T10:00:00Z

-- +upgrade
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'book_format') THEN
    CREATE TYPE book_format AS ENUM ('paper', 'ebook', 'audio');
  END IF;
END
$$;
ALTER TABLE books ADD COLUMN format book_format;

-- +downgrade
ALTER TABLE books DROP COLUMN IF EXISTS format;
