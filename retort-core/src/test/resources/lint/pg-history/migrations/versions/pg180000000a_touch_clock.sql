-- Revision: pg180000000a
-- Revises: pg170000000a
-- Message: clock_timestamp in trigger
-- Create-Date: 2026-03-18T10:00:00Z

-- +upgrade
DROP TRIGGER IF EXISTS books_touch ON books;
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  NEW.updated_at := clock_timestamp();
  RETURN NEW;
END
$body$;
CREATE TRIGGER books_touch BEFORE UPDATE ON books
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- +downgrade
SELECT 1;
