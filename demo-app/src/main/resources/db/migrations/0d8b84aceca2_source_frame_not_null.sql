-- revision: 0d8b84aceca2
-- down_revision: b7b41095bc5c
-- message: every source names its coordinate frame (NOT NULL on a filled table: add nullable, backfill, then constrain)
-- create_date: 2026-11-24T08:45:00Z

-- upgrade
ALTER TABLE source ADD COLUMN frame varchar(10);
-- lint: allow statements-after-exclusive-lock, lock-held-across-scan: source is a small catalogue table (the three sources of the reference data), the lock lasts milliseconds
UPDATE source SET frame = 'ICRS' WHERE frame IS NULL;
-- lint: allow set-not-null, statements-after-exclusive-lock, lock-held-across-scan: source is a small catalogue table (the three sources of the reference data), the lock lasts milliseconds
ALTER TABLE source ALTER COLUMN frame SET NOT NULL;

-- downgrade
ALTER TABLE source DROP COLUMN frame;
