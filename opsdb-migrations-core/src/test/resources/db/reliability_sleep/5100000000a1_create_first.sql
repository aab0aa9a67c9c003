-- revision: 5100000000a1
-- down_revision:
-- message: create first

-- upgrade
CREATE TABLE first (id int PRIMARY KEY);

-- downgrade
DROP TABLE first;
