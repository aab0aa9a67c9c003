-- revision: aaaaaaaaaaa3
-- down_revision: aaaaaaaaaaa2
-- message: three

-- upgrade
CREATE TABLE three (id int);
INSERT INTO nowhere VALUES (1);

-- downgrade
DROP TABLE three;
