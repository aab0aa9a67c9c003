-- revision: e5e5e5e5e5e5
-- down_revision: c0ffee000001, d00d00000002
-- message: merge instruments and diameter
-- create_date: 2026-11-23T10:00:00Z

-- upgrade
-- outside-transaction
CREATE INDEX CONCURRENTLY ix_instrument_name ON instrument (name);
-- end-outside-transaction

-- downgrade
DROP INDEX ix_instrument_name;
