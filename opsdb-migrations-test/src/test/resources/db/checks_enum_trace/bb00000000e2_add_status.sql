-- revision: bb00000000e2
-- down_revision: aa00000000e1
-- message: add observation status

-- upgrade
CREATE TYPE observationstatus AS ENUM ('PLANNED', 'DONE');
ALTER TABLE observation ADD COLUMN status observationstatus;

-- downgrade
ALTER TABLE observation DROP COLUMN status;
