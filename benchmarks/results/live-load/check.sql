-- revision: 92b2500594a7
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:49:08Z

-- upgrade
-- WARNING adds CHECK item_qty_check on item: this fails if a row breaks it
-- find them: SELECT * FROM item WHERE NOT (qty >= 0);
ALTER TABLE item ADD CONSTRAINT item_qty_check CHECK (qty >= 0);

-- downgrade
ALTER TABLE item DROP CONSTRAINT item_qty_check;
