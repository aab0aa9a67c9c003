-- revision: cc00000000c3
-- down_revision: bb00000000c2
-- message: target index again
-- create_date: 2026-12-07T12:00:00Z

-- upgrade
DROP INDEX ix_observation_target;

-- downgrade
CREATE INDEX ix_observation_target ON observation (target);
