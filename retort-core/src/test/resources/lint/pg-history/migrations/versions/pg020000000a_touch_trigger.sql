-- Revision: pg020000000a
-- Revises: pg010000000a
-- Message: updated_at trigger
-- Create-Date: 2026-03-02T10:00:00Z

-- +upgrade
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
ALTER TABLE books ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE TRIGGER books_touch BEFORE UPDATE ON books
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- +downgrade
DROP TRIGGER IF EXISTS books_touch ON books;
DROP FUNCTION IF EXISTS touch_updated_at();
