-- revision: aa00000000f1
-- down_revision:
-- message: base

-- upgrade
CREATE TABLE one (id int);

-- downgrade
DROP TABLE one;
