-- revision: fdd8ccb4cff1
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:46:35Z

-- upgrade
ALTER TABLE item ADD COLUMN status character varying(16) NOT NULL DEFAULT 'new'::character varying;

-- downgrade
ALTER TABLE item DROP COLUMN status;
