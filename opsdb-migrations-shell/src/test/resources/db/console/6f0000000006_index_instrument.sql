-- revision: 6f0000000006
-- down_revision: 5e0000000005
-- message: index instrument telescope
-- create_date: 2026-11-23T10:00:00Z

-- upgrade
-- lint: allow index-without-concurrently: a fixture of the console tests: instrument is empty
CREATE INDEX ix_instrument_telescope ON instrument (telescope_id);

-- downgrade
DROP INDEX ix_instrument_telescope;
