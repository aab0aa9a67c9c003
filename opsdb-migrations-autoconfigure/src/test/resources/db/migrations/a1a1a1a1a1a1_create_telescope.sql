-- revision: a1a1a1a1a1a1
-- down_revision:
-- message: create telescope
-- create_date: 2026-11-24T10:00:00Z

-- upgrade
CREATE TABLE telescope (id bigint PRIMARY KEY, name varchar(255) NOT NULL);

-- downgrade
DROP TABLE telescope;
