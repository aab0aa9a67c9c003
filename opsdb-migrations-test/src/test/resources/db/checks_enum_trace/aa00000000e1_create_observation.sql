-- revision: aa00000000e1
-- down_revision:
-- message: create observation

-- upgrade
CREATE TABLE observation (id bigint PRIMARY KEY);

-- downgrade
DROP TABLE observation;
