-- revision: 009a090ec0a0
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:49:55Z

-- upgrade
ALTER TABLE item ALTER COLUMN qty TYPE bigint USING qty::bigint;

-- downgrade
ALTER TABLE item ALTER COLUMN qty TYPE integer USING qty::integer;
