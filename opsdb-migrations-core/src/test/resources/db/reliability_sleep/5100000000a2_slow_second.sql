-- revision: 5100000000a2
-- down_revision: 5100000000a1
-- message: slow second

-- upgrade
CREATE TABLE second (id int PRIMARY KEY);
-- sleeps as long as the database setting reliability.sleep_seconds says (tests set it to hold the run here)
SELECT pg_sleep(coalesce(nullif(current_setting('reliability.sleep_seconds', true), ''), '0')::float);

-- downgrade
DROP TABLE second;
