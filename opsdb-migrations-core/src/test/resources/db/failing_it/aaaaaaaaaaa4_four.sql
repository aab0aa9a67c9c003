-- revision: aaaaaaaaaaa4
-- down_revision: aaaaaaaaaaa3
-- message: four

-- upgrade
CREATE TABLE four (id int);

-- downgrade
DROP TABLE four;
