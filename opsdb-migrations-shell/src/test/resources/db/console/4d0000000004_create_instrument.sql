-- revision: 4d0000000004
-- down_revision: 2b0000000002
-- message: create instrument
-- create_date: 2026-11-21T11:00:00Z

-- upgrade
CREATE TABLE instrument (id bigint PRIMARY KEY, telescope_id bigint REFERENCES telescope (id));

-- downgrade
DROP TABLE instrument;
