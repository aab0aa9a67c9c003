-- revision: 3c0000000003
-- down_revision: 2b0000000002
-- message: add telescope name
-- create_date: 2026-11-21T10:00:00Z

-- upgrade
ALTER TABLE telescope ADD COLUMN name varchar(100);

-- downgrade
ALTER TABLE telescope DROP COLUMN name;
