-- revision: cc22094c1ae7
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T21:04:53Z

-- upgrade
ALTER TABLE item ALTER COLUMN qty TYPE bigint USING qty::bigint;

-- downgrade
ALTER TABLE item ALTER COLUMN qty TYPE integer USING qty::integer;
