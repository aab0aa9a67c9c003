package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.TableAction.SetNotNull;

/**
 * {@code SET NOT NULL} on a column of an existing table, unless (on PostgreSQL 12+) a validated
 * {@code CHECK (c IS NOT NULL)} spares it the scan.
 */
final class SetNotNullRule extends TableActionRule {

    SetNotNullRule() {
        super("set-not-null", "scans the whole table under ACCESS EXCLUSIVE",
                "CHECK (c IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT, then SET NOT NULL (PostgreSQL 12+"
                        + " skips the scan), then DROP the check");
    }

    @Override
    void check(LintStatement statement, RelationName table, TableAction action, RevisionState state,
               Findings findings) {
        if (action instanceof SetNotNull set && state.scansForNotNull(table, set.column())) {
            findings.report(statement, this, "SET NOT NULL on " + table + "." + set.column(),
                    state.serverVersion() < 120000 ? "none before PostgreSQL 12, which always scans; keep a"
                            + " CHECK (" + set.column() + " IS NOT NULL) added NOT VALID and then validated"
                            + " instead" : recipe(table, set.column()));
        }
    }

    /** The four steps, named for the table and column. */
    static String recipe(RelationName table, String column) {
        String check = RelationName.quote(table.name() + "_" + column + "_not_null");
        String quoted = RelationName.quote(column);
        return "ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + quoted + " IS NOT NULL) NOT VALID;"
                + " then ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check + " in its own transaction;"
                + " then ALTER TABLE " + table + " ALTER COLUMN " + quoted + " SET NOT NULL (PostgreSQL 12+ skips"
                + " the scan); then ALTER TABLE " + table + " DROP CONSTRAINT " + check;
    }
}
