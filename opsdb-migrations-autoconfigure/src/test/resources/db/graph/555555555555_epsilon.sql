-- revision: 555555555555
-- down_revision: 222222222222, 333333333333, 444444444444
-- message: create epsilon
-- create_date: 2026-12-07T10:00:00Z

-- upgrade
CREATE TABLE epsilon (id int PRIMARY KEY);

-- downgrade
DROP TABLE epsilon;
