-- revision: 1a0000000001
-- down_revision:
-- message: create observatory
-- create_date: 2026-11-20T09:00:00Z

-- upgrade
CREATE TABLE observatory (id bigint PRIMARY KEY, name varchar(100) NOT NULL);

-- downgrade
DROP TABLE observatory;
