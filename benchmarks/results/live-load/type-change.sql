-- revision: 70bcb3afe179
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:04:10Z

-- upgrade
ALTER TABLE item ALTER COLUMN qty TYPE bigint USING qty::bigint;

-- downgrade
ALTER TABLE item ALTER COLUMN qty TYPE integer USING qty::integer;
