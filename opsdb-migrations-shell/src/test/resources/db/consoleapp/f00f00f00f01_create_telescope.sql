-- revision: f00f00f00f01
-- down_revision:
-- message: create telescope
-- create_date: 2026-11-24T10:15:00Z

-- upgrade
CREATE TABLE telescope (id bigint NOT NULL, name varchar(100) NOT NULL, CONSTRAINT telescope_pkey PRIMARY KEY (id));

-- downgrade
DROP TABLE telescope;
