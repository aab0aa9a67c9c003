-- revision: bb00000000c2
-- down_revision: aa00000000c1
-- message: index and check
-- create_date: 2026-12-07T11:00:00Z

-- upgrade
-- lint: allow index-without-concurrently, lock-held-across-scan: observation is created empty in the release before, nothing reads it yet
CREATE INDEX ix_observation_amount ON observation (amount);
ALTER TABLE observation ADD CONSTRAINT ck_amount CHECK (amount >= 0);
-- outside-transaction
CREATE INDEX CONCURRENTLY ix_observation_id_target ON observation (id, target);
-- end-outside-transaction

-- downgrade
DROP INDEX ix_observation_id_target;
ALTER TABLE observation DROP CONSTRAINT ck_amount;
DROP INDEX ix_observation_amount;
