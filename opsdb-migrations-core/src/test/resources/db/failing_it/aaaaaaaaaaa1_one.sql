-- revision: aaaaaaaaaaa1
-- down_revision:
-- message: one

-- upgrade
CREATE TABLE one (id int);

-- downgrade
DROP TABLE one;
