-- revision: 8d03fdffd98f
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T19:49:02Z

-- upgrade
ALTER TABLE item ADD CONSTRAINT item_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id);

-- downgrade
ALTER TABLE item DROP CONSTRAINT item_site_id_fkey;
