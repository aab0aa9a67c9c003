-- revision: d289faf11f26
-- down_revision: 0d8b84aceca2
-- message: primary keys and timestamps as the entities map them (PostgreSQL's key names, timestamp(6)), so init and upgrade build one schema
-- create_date: 2026-12-07T14:00:00Z

-- upgrade
ALTER TABLE observatory RENAME CONSTRAINT pk_observatory TO observatory_pkey;
ALTER TABLE telescope RENAME CONSTRAINT pk_telescope TO telescope_pkey;
ALTER TABLE instrument RENAME CONSTRAINT pk_instrument TO instrument_pkey;
ALTER TABLE instrument_module RENAME CONSTRAINT pk_instrument_module TO instrument_module_pkey;
ALTER TABLE observing_program RENAME CONSTRAINT pk_observing_program TO observing_program_pkey;
ALTER TABLE source RENAME CONSTRAINT pk_source TO source_pkey;
ALTER TABLE observation_unit RENAME CONSTRAINT pk_observation_unit TO observation_unit_pkey;
ALTER TABLE executed_observation RENAME CONSTRAINT pk_executed_observation TO executed_observation_pkey;
ALTER TABLE raw_data_file RENAME CONSTRAINT pk_raw_data_file TO raw_data_file_pkey;
-- timestamptz is timestamp(6) with time zone already: naming the precision rewrites nothing
ALTER TABLE executed_observation ALTER COLUMN started_at TYPE timestamp(6) with time zone,
    ALTER COLUMN ended_at TYPE timestamp(6) with time zone;
ALTER TABLE raw_data_file ALTER COLUMN created_at TYPE timestamp(6) with time zone;

-- downgrade
ALTER TABLE raw_data_file ALTER COLUMN created_at TYPE timestamptz;
ALTER TABLE executed_observation ALTER COLUMN started_at TYPE timestamptz, ALTER COLUMN ended_at TYPE timestamptz;
ALTER TABLE raw_data_file RENAME CONSTRAINT raw_data_file_pkey TO pk_raw_data_file;
ALTER TABLE executed_observation RENAME CONSTRAINT executed_observation_pkey TO pk_executed_observation;
ALTER TABLE observation_unit RENAME CONSTRAINT observation_unit_pkey TO pk_observation_unit;
ALTER TABLE source RENAME CONSTRAINT source_pkey TO pk_source;
ALTER TABLE observing_program RENAME CONSTRAINT observing_program_pkey TO pk_observing_program;
ALTER TABLE instrument_module RENAME CONSTRAINT instrument_module_pkey TO pk_instrument_module;
ALTER TABLE instrument RENAME CONSTRAINT instrument_pkey TO pk_instrument;
ALTER TABLE telescope RENAME CONSTRAINT telescope_pkey TO pk_telescope;
ALTER TABLE observatory RENAME CONSTRAINT observatory_pkey TO pk_observatory;
