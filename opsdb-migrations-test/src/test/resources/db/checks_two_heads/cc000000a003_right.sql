-- revision: cc000000a003
-- down_revision: aa000000a001
-- message: right

-- upgrade
CREATE TABLE right_side (id int);

-- downgrade
DROP TABLE right_side;
