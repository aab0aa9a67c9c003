-- revision: acd2664330f2
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:04:00Z

-- upgrade
ALTER TABLE item ALTER COLUMN name TYPE character varying(100) USING name::character varying(100);

-- downgrade
ALTER TABLE item ALTER COLUMN name TYPE character varying(50) USING name::character varying(50);
