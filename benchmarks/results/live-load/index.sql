-- revision: da7d80b8819d
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:42:30Z

-- upgrade
CREATE INDEX item_site_id_idx ON item (site_id);

-- downgrade
DROP INDEX item_site_id_idx;
