-- revision: ca883040a1c0
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:03:47Z

-- upgrade
ALTER TABLE item ADD COLUMN IF NOT EXISTS created_at timestamp with time zone;
ALTER TABLE item ALTER COLUMN created_at SET DEFAULT clock_timestamp();
-- outside-transaction
DO $backfill$
DECLARE
    batch tid[];
    filled bigint;
BEGIN
    LOOP
        batch := ARRAY(SELECT ctid FROM item WHERE created_at IS NULL LIMIT 10000);
        EXIT WHEN cardinality(batch) = 0;
        WITH updated AS (UPDATE item SET created_at = clock_timestamp() WHERE ctid = ANY (batch) RETURNING created_at)
        SELECT count(created_at) INTO filled FROM updated;
        COMMIT;
        EXIT WHEN filled = 0;
    END LOOP;
END
$backfill$;
-- end-outside-transaction

-- downgrade
ALTER TABLE item DROP COLUMN created_at;
