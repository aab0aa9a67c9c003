-- revision: f1ee7a000001
-- down_revision:
-- message: create note
-- create_date: 2026-12-08T01:00:00Z

-- upgrade
CREATE TABLE note (id bigint PRIMARY KEY, body text NOT NULL);

-- downgrade
DROP TABLE note;
