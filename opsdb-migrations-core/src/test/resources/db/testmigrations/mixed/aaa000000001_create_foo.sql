-- revision: aaa000000001
-- down_revision:
-- message: create foo
-- create_date: 2026-11-24T10:15:00Z
-- branch_labels: core

-- upgrade
CREATE TABLE foo (id bigint PRIMARY KEY);

-- downgrade
DROP TABLE foo;
