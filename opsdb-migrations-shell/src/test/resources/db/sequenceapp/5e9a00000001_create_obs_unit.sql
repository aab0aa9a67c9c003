-- revision: 5e9a00000001
-- down_revision:
-- message: create obs_unit
-- create_date: 2026-12-07T10:00:00Z

-- upgrade
CREATE SEQUENCE obs_unit_seq INCREMENT BY 50;
CREATE TABLE obs_unit (id bigint NOT NULL, name varchar(100) NOT NULL, CONSTRAINT obs_unit_pkey PRIMARY KEY (id));

-- downgrade
DROP TABLE obs_unit;
DROP SEQUENCE obs_unit_seq;
