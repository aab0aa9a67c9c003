-- revision: 94a82314c114
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:03:40Z

-- upgrade
-- WARNING sets NOT NULL on item.note: this fails if a row holds NULL
-- safe form: UPDATE item SET note = <value> WHERE note IS NULL; ALTER TABLE item ALTER COLUMN note SET NOT NULL;
ALTER TABLE item DROP CONSTRAINT IF EXISTS item_note_not_null_check;
ALTER TABLE item ADD CONSTRAINT item_note_not_null_check CHECK (note IS NOT NULL) NOT VALID;
-- outside-transaction
ALTER TABLE item VALIDATE CONSTRAINT item_note_not_null_check;
-- end-outside-transaction
ALTER TABLE item ALTER COLUMN note SET NOT NULL;
ALTER TABLE item DROP CONSTRAINT item_note_not_null_check;

-- downgrade
ALTER TABLE item ALTER COLUMN note DROP NOT NULL;
