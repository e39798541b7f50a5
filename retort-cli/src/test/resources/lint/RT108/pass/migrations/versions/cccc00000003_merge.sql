-- Revision: cccc00000003
-- Revises: aaaa00000001, bbbb00000002
-- Message: merge
-- Create-Date: 2026-01-01T00:00:00Z

-- +upgrade


-- +downgrade

