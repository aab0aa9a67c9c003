-- revision: a28bf9d0ef39
-- down_revision: 22ea3012d546
-- message: raw data files of executed observations, with their data state
-- create_date: 2026-11-21T14:30:00Z

-- upgrade
CREATE TYPE datastate AS ENUM ('CREATED', 'TRANSFERRING', 'ARCHIVED', 'DELETED');

CREATE TABLE raw_data_file (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    executed_observation_id uuid NOT NULL,
    path varchar(1024) NOT NULL,
    size_bytes bigint NOT NULL,
    checksum_sha256 varchar(64),
    state datastate NOT NULL DEFAULT 'CREATED',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_raw_data_file PRIMARY KEY (id),
    CONSTRAINT fk_raw_data_file_executed_observation FOREIGN KEY (executed_observation_id)
        REFERENCES executed_observation (id) ON DELETE CASCADE,
    CONSTRAINT uq_raw_data_file_path UNIQUE (path)
);
CREATE INDEX ix_raw_data_file_executed_observation_id ON raw_data_file (executed_observation_id);

-- downgrade
DROP TABLE raw_data_file;
DROP TYPE datastate;
