-- revision: 1e57e006e41e
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:49:13Z

-- upgrade
-- WARNING sets NOT NULL on item.note: this fails if a row holds NULL
-- safe form: UPDATE item SET note = <value> WHERE note IS NULL; ALTER TABLE item ALTER COLUMN note SET NOT NULL;
ALTER TABLE item ALTER COLUMN note SET NOT NULL;

-- downgrade
ALTER TABLE item ALTER COLUMN note DROP NOT NULL;
