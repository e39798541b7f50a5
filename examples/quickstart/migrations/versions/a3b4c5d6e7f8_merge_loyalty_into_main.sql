-- Revision: a3b4c5d6e7f8
-- Revises: 708192a3b4c5, 92a3b4c5d6e7
-- Message: merge loyalty into main
-- Create-Date: 2026-01-25T09:00:00Z

-- +upgrade
-- a merge revision: nothing to change

-- +downgrade
-- nothing to undo
