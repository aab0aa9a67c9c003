-- revision: 3cc3f579cfb2
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T21:04:12Z

-- upgrade
ALTER TABLE item DROP CONSTRAINT IF EXISTS item_site_id_fkey;
ALTER TABLE item ADD CONSTRAINT item_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id) NOT VALID;
-- outside-transaction
ALTER TABLE item VALIDATE CONSTRAINT item_site_id_fkey;
-- end-outside-transaction

-- downgrade
ALTER TABLE item DROP CONSTRAINT item_site_id_fkey;
