-- revision: 2b0000000002
-- down_revision: 1a0000000001
-- message: create telescope
-- create_date: 2026-11-20T10:00:00Z

-- upgrade
CREATE TABLE telescope (id bigint PRIMARY KEY, observatory_id bigint NOT NULL REFERENCES observatory (id));

-- downgrade
DROP TABLE telescope;
