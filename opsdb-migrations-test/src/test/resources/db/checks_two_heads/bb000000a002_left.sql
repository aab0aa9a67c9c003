-- revision: bb000000a002
-- down_revision: aa000000a001
-- message: left

-- upgrade
CREATE TABLE left_side (id int);

-- downgrade
DROP TABLE left_side;
