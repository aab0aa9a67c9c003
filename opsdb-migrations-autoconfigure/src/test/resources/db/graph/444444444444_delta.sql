-- revision: 444444444444
-- down_revision: 111111111111
-- depends_on: extras
-- message: create delta
-- create_date: 2026-12-07T10:00:00Z

-- upgrade
CREATE TABLE delta (id int PRIMARY KEY);

-- downgrade
DROP TABLE delta;
