-- revision: aa00000000d1
-- down_revision:
-- message: base

-- upgrade
CREATE TABLE one (id int);

-- downgrade
DROP TABLE one;
