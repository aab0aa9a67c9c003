-- revision: 476aa9d68aaf
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:03:28Z

-- upgrade
-- WARNING adds UNIQUE item_code_key on item: this fails if two rows share a key
-- find them: SELECT code, count(*) FROM item WHERE code IS NOT NULL GROUP BY code HAVING count(*) > 1;
-- outside-transaction
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS item_code_key ON item (code);
-- end-outside-transaction
ALTER TABLE item ADD CONSTRAINT item_code_key UNIQUE USING INDEX item_code_key;

-- downgrade
ALTER TABLE item DROP CONSTRAINT item_code_key;
