-- revision: a257447d34c2
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:03:37Z

-- upgrade
-- WARNING adds CHECK item_qty_check on item: this fails if a row breaks it
-- find them: SELECT * FROM item WHERE NOT (qty >= 0);
ALTER TABLE item DROP CONSTRAINT IF EXISTS item_qty_check;
ALTER TABLE item ADD CONSTRAINT item_qty_check CHECK (qty >= 0) NOT VALID;
-- outside-transaction
ALTER TABLE item VALIDATE CONSTRAINT item_qty_check;
-- end-outside-transaction

-- downgrade
ALTER TABLE item DROP CONSTRAINT item_qty_check;
