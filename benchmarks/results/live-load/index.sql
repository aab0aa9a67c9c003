-- revision: 2b4acb9fbb1b
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:03:23Z

-- upgrade
-- outside-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS item_site_id_idx ON item (site_id);
-- end-outside-transaction

-- downgrade
-- outside-transaction
DROP INDEX CONCURRENTLY IF EXISTS item_site_id_idx;
-- end-outside-transaction
