-- revision: aa00000000c1
-- down_revision:
-- message: create observation
-- create_date: 2026-12-07T10:00:00Z

-- upgrade
CREATE TABLE observation (id bigint PRIMARY KEY, target text, amount numeric(10,2));
CREATE INDEX ix_observation_target ON observation (target);

-- downgrade
DROP TABLE observation;
