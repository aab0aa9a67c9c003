-- revision: aaaaaaaaaaa2
-- down_revision: aaaaaaaaaaa1
-- message: two

-- upgrade
CREATE TABLE two (id int);

-- downgrade
DROP TABLE two;
