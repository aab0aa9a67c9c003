-- revision: d683b5a0a1ee
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T20:44:28Z

-- upgrade
ALTER TABLE item ADD COLUMN status character varying(16) NOT NULL DEFAULT 'new'::character varying;

-- downgrade
ALTER TABLE item DROP COLUMN status;
