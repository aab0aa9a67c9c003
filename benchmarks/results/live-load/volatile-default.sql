-- revision: f8bc057454cd
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T20:44:31Z

-- upgrade
ALTER TABLE item ADD COLUMN created_at timestamp with time zone DEFAULT clock_timestamp();

-- downgrade
ALTER TABLE item DROP COLUMN created_at;
