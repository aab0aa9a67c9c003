-- revision: 5e0000000005
-- down_revision: 3c0000000003, 4d0000000004
-- message: merge name and instrument
-- create_date: 2026-11-22T10:00:00Z

-- upgrade
-- a merge: nothing to do

-- downgrade
-- a merge undoes nothing, but the core refuses an empty downgrade section
SELECT 1;
