-- revision: ccc000000003
-- down_revision: bbb000000002
-- message: index foo

-- upgrade
-- outside-transaction
CREATE INDEX CONCURRENTLY foo_name ON foo (name);
-- end-outside-transaction

-- downgrade
