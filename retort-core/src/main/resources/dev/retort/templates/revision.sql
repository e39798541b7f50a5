-- Revision: ${id}
-- Revises: ${revises}
-- Message: ${message}
-- Create-Date: ${create_date}
${extra_headers}
-- +upgrade


-- +downgrade

