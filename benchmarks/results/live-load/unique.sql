-- revision: 6ae44577f0f5
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:48:55Z

-- upgrade
-- WARNING adds UNIQUE item_code_key on item: this fails if two rows share a key
-- find them: SELECT code, count(*) FROM item WHERE code IS NOT NULL GROUP BY code HAVING count(*) > 1;
ALTER TABLE item ADD CONSTRAINT item_code_key UNIQUE (code);

-- downgrade
ALTER TABLE item DROP CONSTRAINT item_code_key;
