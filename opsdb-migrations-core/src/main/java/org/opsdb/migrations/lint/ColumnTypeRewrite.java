package org.opsdb.migrations.lint;

import java.util.Optional;
import org.opsdb.migrations.lint.TableAction.AlterColumnType;

/**
 * {@code ALTER COLUMN ... TYPE} on an existing table whose cast rewrites the table: every change but
 * varchar(n) to varchar(m &ge; n) or text, text to varchar, numeric widening with the same scale, bit varying
 * widening, a timestamp/time/interval precision that grows (or reaches 6, or goes), and (UTC session,
 * PostgreSQL 12+) timestamp to timestamptz, each also with a USING that is only the column (cast to the new type:
 * {@code USING note::text}). Flagged too when the current type is unknown or USING holds any other expression.
 */
final class ColumnTypeRewrite extends TableActionRule {

    ColumnTypeRewrite() {
        super("column-type-rewrite", "rewrites the table and its indexes under ACCESS EXCLUSIVE",
                "expand/contract: add a new column, backfill it in batches, switch readers, drop the old column");
    }

    @Override
    void check(LintStatement statement, RelationName table, TableAction action, RevisionState state,
               Findings findings) {
        // a column added in the revision too: the rewrite is of the whole table
        if (action instanceof AlterColumnType change && state.rewrites(table, change)) {
            Optional<ColumnType> current = state.columnType(table, change.column());
            String to = change.type() == null ? "a new type" : change.type().sql();
            findings.report(statement, this, "ALTER COLUMN " + table + "." + change.column() + " TYPE "
                    + to + current.map(type -> " (from " + type.sql() + ")").orElse(" (current type unknown)")
                    + (change.using() ? " USING an expression" : ""));
        }
    }
}
