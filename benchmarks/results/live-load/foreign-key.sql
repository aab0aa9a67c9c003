-- revision: b9065b6e9d82
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:03:33Z

-- upgrade
ALTER TABLE item DROP CONSTRAINT IF EXISTS item_site_id_fkey;
ALTER TABLE item ADD CONSTRAINT item_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id) NOT VALID;
-- outside-transaction
ALTER TABLE item VALIDATE CONSTRAINT item_site_id_fkey;
-- end-outside-transaction

-- downgrade
ALTER TABLE item DROP CONSTRAINT item_site_id_fkey;
