-- revision: 1b3d596c1773
-- down_revision:
-- message: initial schema: observatories, telescopes, instruments, programmes, sources, observations
-- create_date: 2026-11-20T09:00:00Z

-- upgrade
CREATE TYPE observationstatus AS ENUM ('PLANNED', 'SCHEDULED', 'RUNNING', 'COMPLETED', 'FAILED');

CREATE TABLE observatory (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    name varchar(100) NOT NULL,
    latitude_deg double precision NOT NULL,
    longitude_deg double precision NOT NULL,
    altitude_m double precision NOT NULL,
    CONSTRAINT pk_observatory PRIMARY KEY (id),
    CONSTRAINT uq_observatory_name UNIQUE (name)
);

CREATE TABLE telescope (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    observatory_id uuid NOT NULL,
    name varchar(100) NOT NULL,
    diameter_m double precision NOT NULL,
    CONSTRAINT pk_telescope PRIMARY KEY (id),
    CONSTRAINT fk_telescope_observatory FOREIGN KEY (observatory_id) REFERENCES observatory (id),
    CONSTRAINT uq_telescope_observatory_name UNIQUE (observatory_id, name)
);

CREATE TABLE instrument (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    telescope_id uuid NOT NULL,
    name varchar(100) NOT NULL,
    kind varchar(50) NOT NULL,
    configuration jsonb NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT pk_instrument PRIMARY KEY (id),
    CONSTRAINT fk_instrument_telescope FOREIGN KEY (telescope_id) REFERENCES telescope (id),
    CONSTRAINT uq_instrument_telescope_name UNIQUE (telescope_id, name)
);

CREATE TABLE instrument_module (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    instrument_id uuid NOT NULL,
    name varchar(100) NOT NULL,
    pixel_count integer NOT NULL,
    frequency_ghz double precision,
    CONSTRAINT pk_instrument_module PRIMARY KEY (id),
    CONSTRAINT fk_instrument_module_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT uq_instrument_module_instrument_name UNIQUE (instrument_id, name)
);

CREATE TABLE observing_program (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    code varchar(32) NOT NULL,
    title varchar(255) NOT NULL,
    principal_investigator varchar(255) NOT NULL,
    CONSTRAINT pk_observing_program PRIMARY KEY (id),
    CONSTRAINT uq_observing_program_code UNIQUE (code)
);

CREATE TABLE source (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    name varchar(100) NOT NULL,
    ra_deg double precision NOT NULL,
    dec_deg double precision NOT NULL,
    CONSTRAINT pk_source PRIMARY KEY (id),
    CONSTRAINT uq_source_name UNIQUE (name)
);

CREATE TABLE observation_unit (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    program_id uuid NOT NULL,
    source_id uuid NOT NULL,
    instrument_module_id uuid NOT NULL,
    name varchar(100) NOT NULL,
    requested_minutes integer NOT NULL,
    CONSTRAINT pk_observation_unit PRIMARY KEY (id),
    CONSTRAINT fk_observation_unit_program FOREIGN KEY (program_id) REFERENCES observing_program (id),
    CONSTRAINT fk_observation_unit_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_observation_unit_instrument_module FOREIGN KEY (instrument_module_id) REFERENCES instrument_module (id),
    CONSTRAINT uq_observation_unit_program_name UNIQUE (program_id, name)
);
CREATE INDEX ix_observation_unit_source_id ON observation_unit (source_id);

CREATE TABLE executed_observation (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    observation_unit_id uuid NOT NULL,
    status observationstatus NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    conditions jsonb,
    CONSTRAINT pk_executed_observation PRIMARY KEY (id),
    CONSTRAINT fk_executed_observation_observation_unit FOREIGN KEY (observation_unit_id) REFERENCES observation_unit (id)
);
CREATE INDEX ix_executed_observation_observation_unit_id ON executed_observation (observation_unit_id);
CREATE INDEX ix_executed_observation_started_at ON executed_observation (started_at);

-- downgrade
DROP TABLE executed_observation;
DROP TABLE observation_unit;
DROP TABLE source;
DROP TABLE observing_program;
DROP TABLE instrument_module;
DROP TABLE instrument;
DROP TABLE telescope;
DROP TABLE observatory;
DROP TYPE observationstatus;
