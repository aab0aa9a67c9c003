-- revision: 222222222222
-- down_revision: 111111111111
-- message: create beta
-- create_date: 2026-12-07T10:00:00Z

-- upgrade
CREATE TABLE beta (id int PRIMARY KEY);

-- downgrade
DROP TABLE beta;
