-- revision: c82b9f25ca06
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:46:00Z

-- upgrade
CREATE INDEX item_site_id_idx ON item (site_id);

-- downgrade
DROP INDEX item_site_id_idx;
