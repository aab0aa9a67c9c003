package org.opsdb.migrations.diff;

import java.util.stream.Collectors;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.AlterColumn;
import org.opsdb.migrations.operations.FillNulls;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * The safe forms a warning offers, as one line of SQL for a reviewer to adapt ({@code <value>} is theirs to
 * choose): e.g. add a column nullable, backfill it, then set NOT NULL.
 */
final class SafeForms {

    private static final PostgresDdl DDL = new PostgresDdl();

    private SafeForms() {
    }

    /** {@code operation} as statements, each ended by a semicolon, on one line. */
    static String statements(MigrationOperation operation) {
        return DDL.render(operation).stream().map(sql -> sql + ";").collect(Collectors.joining(" "));
    }

    /** {@code UPDATE t SET c = value WHERE c IS NULL; ALTER TABLE t ALTER COLUMN c SET NOT NULL;}. */
    static String backfillAndSetNotNull(QualifiedName table, String column, String value) {
        return statements(new FillNulls(table, column, value)) + " "
                + statements(AlterColumn.of(table.toString(), column).setNotNull());
    }
}
