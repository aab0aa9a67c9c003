-- revision: b2b2b2b2b2b2
-- down_revision: a1a1a1a1a1a1
-- message: create observation
-- create_date: 2026-11-24T11:00:00Z

-- upgrade
CREATE TABLE observation (
    id bigint PRIMARY KEY,
    telescope_id bigint REFERENCES telescope (id),
    target varchar(255)
);

-- downgrade
DROP TABLE observation;
