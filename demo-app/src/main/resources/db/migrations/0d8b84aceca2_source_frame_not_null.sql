-- revision: 0d8b84aceca2
-- down_revision: b7b41095bc5c
-- message: every source names its coordinate frame (NOT NULL on a filled table: add nullable, backfill, then constrain)
-- create_date: 2026-11-24T08:45:00Z

-- upgrade
ALTER TABLE source ADD COLUMN frame varchar(10);
UPDATE source SET frame = 'ICRS' WHERE frame IS NULL;
ALTER TABLE source ALTER COLUMN frame SET NOT NULL;

-- downgrade
ALTER TABLE source DROP COLUMN frame;
