-- revision: aa000000a001
-- down_revision:
-- message: base

-- upgrade
CREATE TABLE one (id int);

-- downgrade
DROP TABLE one;
