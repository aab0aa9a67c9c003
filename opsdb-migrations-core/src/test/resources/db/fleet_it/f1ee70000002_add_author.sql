-- revision: f1ee70000002
-- down_revision: f1ee70000001
-- message: add author
-- create_date: 2026-12-07T22:01:00Z

-- upgrade
ALTER TABLE note ADD COLUMN author varchar(100);

-- downgrade
ALTER TABLE note DROP COLUMN author;
