-- revision: 333333333333
-- down_revision: 
-- branch_labels: extras
-- message: create gamma
-- create_date: 2026-12-07T10:00:00Z

-- upgrade
CREATE TABLE gamma (id int PRIMARY KEY);

-- downgrade
DROP TABLE gamma;
