-- revision: 5a59f8b86b5f
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:49:22Z

-- upgrade
ALTER TABLE item ADD COLUMN created_at timestamp with time zone DEFAULT clock_timestamp();

-- downgrade
ALTER TABLE item DROP COLUMN created_at;
