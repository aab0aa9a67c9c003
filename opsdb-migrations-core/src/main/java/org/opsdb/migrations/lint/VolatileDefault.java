package org.opsdb.migrations.lint;

import org.opsdb.migrations.lint.TableAction.AddColumn;

/** A column added to an existing table with a default computed per row (any default before PostgreSQL 11). */
final class VolatileDefault extends TableActionRule {

    VolatileDefault() {
        super("volatile-default", "the default is computed for every row, which rewrites the table under ACCESS EXCLUSIVE",
                "add the column without a default, then SET DEFAULT, then backfill the rows in batches");
    }

    @Override
    void check(LintStatement statement, RelationName table, TableAction action, RevisionState state,
               Findings findings) {
        if (action instanceof AddColumn add && state.rewritesForDefault(add)) {
            String what = "ADD COLUMN " + add.column() + " on " + table;
            if (add.volatileDefault() != null) {
                findings.report(statement, this, what + " with the volatile default " + add.volatileDefault());
            } else {
                findings.reportAt(statement, this, what + " with DEFAULT " + add.defaultSql() + ", before"
                        + " PostgreSQL 11 any default rewrites the table under ACCESS EXCLUSIVE", safeForm());
            }
        }
    }
}
