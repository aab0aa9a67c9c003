-- revision: 68a5a324a80b
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:43:10Z

-- upgrade
ALTER TABLE item ALTER COLUMN qty TYPE bigint USING qty::bigint;

-- downgrade
ALTER TABLE item ALTER COLUMN qty TYPE integer USING qty::integer;
