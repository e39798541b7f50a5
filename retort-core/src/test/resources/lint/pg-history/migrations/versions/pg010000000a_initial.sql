-- Revision: pg010000000a
-- Revises: 
-- Message: authors and books
-- Create-Date: 2026-03-01T10:00:00Z

-- +upgrade
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE authors (
  id bigserial PRIMARY KEY,
  name varchar(100) NOT NULL,
  type varchar(20) NOT NULL DEFAULT 'person',
  legacy_code varchar(8),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE books (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES authors (id),
  title varchar(200) NOT NULL,
  isbn varchar(13),
  price numeric(8, 2),
  status text NOT NULL DEFAULT 'draft'
);
CREATE INDEX books_author_id_idx ON books (author_id);

-- +downgrade
DROP TABLE IF EXISTS books;
DROP TABLE IF EXISTS authors;
