-- Revision: dddd00000004
-- Revises: bbbb00000002, cccc00000003
-- Message: merge heads
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade


-- +downgrade

