-- revision: 562a0248430f
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T21:04:23Z

-- upgrade
ALTER TABLE item ADD COLUMN status character varying(16) NOT NULL DEFAULT 'new'::character varying;

-- downgrade
ALTER TABLE item DROP COLUMN status;
