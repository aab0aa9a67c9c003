-- revision: e5000000000e
-- down_revision: c3000000000c, d4000000000d
-- message: merge instruments and diameter
-- create_date: 2026-11-23T10:00:00Z

-- upgrade
-- lint: allow index-without-concurrently, lock-held-across-scan: a fixture of the kit's tests: instrument is empty
CREATE INDEX ix_instrument_name ON instrument (name);

-- downgrade
DROP INDEX ix_instrument_name;
