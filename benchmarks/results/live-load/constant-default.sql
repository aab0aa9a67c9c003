-- revision: 027eacd2c87c
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:42:52Z

-- upgrade
ALTER TABLE item ADD COLUMN status character varying(16) NOT NULL DEFAULT 'new'::character varying;

-- downgrade
ALTER TABLE item DROP COLUMN status;
