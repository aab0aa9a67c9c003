-- revision: f1ee7000a001
-- down_revision:
-- message: sleep a second
-- create_date: 2026-12-07T22:03:00Z

-- upgrade
SELECT pg_sleep(1);

-- downgrade
SELECT 1;
