-- revision: bb00000000c2
-- down_revision: aa00000000c1
-- message: add observation settings (a column added later comes last; init puts it where the entity has it)
-- create_date: 2026-12-02T10:00:00Z

-- upgrade
ALTER TABLE observation ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb;

-- downgrade
ALTER TABLE observation DROP COLUMN settings;
