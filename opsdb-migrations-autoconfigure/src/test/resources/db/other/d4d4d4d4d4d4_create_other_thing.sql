-- revision: d4d4d4d4d4d4
-- down_revision:
-- message: create other thing
-- create_date: 2026-11-24T12:00:00Z

-- upgrade
CREATE TABLE other_thing (id bigint PRIMARY KEY);

-- downgrade
DROP TABLE other_thing;
