-- revision: f1ee7a000002
-- down_revision: f1ee7a000001
-- message: index body
-- create_date: 2026-12-08T01:01:00Z

-- upgrade
CREATE INDEX note_body ON note (body);

-- downgrade
DROP INDEX note_body;
