-- revision: 75b1b6319e67
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:49:18Z

-- upgrade
ALTER TABLE item ADD COLUMN status character varying(16) NOT NULL DEFAULT 'new'::character varying;

-- downgrade
ALTER TABLE item DROP COLUMN status;
