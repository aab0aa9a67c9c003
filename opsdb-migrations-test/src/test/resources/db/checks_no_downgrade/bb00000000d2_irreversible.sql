-- revision: bb00000000d2
-- down_revision: aa00000000d1
-- message: irreversible

-- upgrade
ALTER TABLE one ADD COLUMN two int;

-- downgrade
