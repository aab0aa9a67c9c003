-- revision: cc00000000e3
-- down_revision: bb00000000e2
-- message: add note

-- upgrade
ALTER TABLE observation ADD COLUMN note text;

-- downgrade
ALTER TABLE observation DROP COLUMN note;
