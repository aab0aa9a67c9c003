-- revision: bb00000000f2
-- down_revision: aa00000000f1
-- message: broken

-- upgrade
ALTER TABLE one ADD COLUMN two int;
INSERT INTO nowhere VALUES (1);

-- downgrade
ALTER TABLE one DROP COLUMN two;
