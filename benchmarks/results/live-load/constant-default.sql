-- revision: 1c2be08da7e8
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:03:44Z

-- upgrade
ALTER TABLE item ADD COLUMN status character varying(16) NOT NULL DEFAULT 'new'::character varying;

-- downgrade
ALTER TABLE item DROP COLUMN status;
