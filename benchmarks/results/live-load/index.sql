-- revision: bd7a7a78bdbc
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:48:48Z

-- upgrade
CREATE INDEX item_site_id_idx ON item (site_id);

-- downgrade
DROP INDEX item_site_id_idx;
