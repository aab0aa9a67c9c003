-- revision: f1ee70000003
-- down_revision: f1ee70000002
-- message: comment note
-- create_date: 2026-12-07T22:02:00Z

-- upgrade
COMMENT ON TABLE note IS 'a tenant''s notes';

-- downgrade
COMMENT ON TABLE note IS NULL;
