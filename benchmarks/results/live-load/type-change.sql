-- revision: e02d55a9bc50
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T20:44:47Z

-- upgrade
ALTER TABLE item ALTER COLUMN qty TYPE bigint USING qty::bigint;

-- downgrade
ALTER TABLE item ALTER COLUMN qty TYPE integer USING qty::integer;
