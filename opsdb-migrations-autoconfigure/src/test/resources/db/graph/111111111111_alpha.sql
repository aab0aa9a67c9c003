-- revision: 111111111111
-- down_revision: 
-- branch_labels: core
-- message: create alpha
-- create_date: 2026-12-07T10:00:00Z

-- upgrade
CREATE TABLE alpha (id int PRIMARY KEY);

-- downgrade
DROP TABLE alpha;
