-- revision: 3bf481cad1dd
-- down_revision: 
-- message: diff
-- create_date: 2026-12-07T22:04:07Z

-- upgrade
ALTER TYPE item_state ADD VALUE 'archived' AFTER 'closed';

-- downgrade
ALTER TYPE item_state RENAME TO item_state_old;
CREATE TYPE item_state AS ENUM ('open', 'closed');
ALTER TABLE item ALTER COLUMN state TYPE item_state USING state::text::item_state;
DROP TYPE item_state_old;
