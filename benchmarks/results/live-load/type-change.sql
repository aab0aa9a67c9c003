-- revision: 3d59ec729319
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:47:17Z

-- upgrade
ALTER TABLE item ALTER COLUMN qty TYPE bigint USING qty::bigint;

-- downgrade
ALTER TABLE item ALTER COLUMN qty TYPE integer USING qty::integer;
