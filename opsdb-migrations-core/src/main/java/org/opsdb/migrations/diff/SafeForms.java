package org.opsdb.migrations.diff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.AlterColumn;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.FillNulls;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.OutsideTransaction;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.TableConstraint;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.operations.ValidateConstraint;

/**
 * The safe forms of changes to a table that already exists (one that holds rows and takes traffic): forms that
 * never hold a lock blocking writes for a scan or an index build. Indexes are built and dropped
 * {@code CONCURRENTLY}, outside the transaction; FOREIGN KEY and CHECK constraints are added {@code NOT VALID}
 * and validated in a transaction of their own; {@code SET NOT NULL} goes through a validated
 * {@code CHECK (c IS NOT NULL)}, which PostgreSQL 12+ takes as proof instead of scanning; UNIQUE and PRIMARY KEY
 * take a unique index built concurrently ({@code USING INDEX}). Also the one line of SQL a warning offers as
 * its safe form ({@link #statements}).
 */
final class SafeForms {

    private static final PostgresDdl DDL = new PostgresDdl();
    /** PostgreSQL's longest identifier, in bytes. */
    private static final int MAX_NAME_BYTES = 63;

    private SafeForms() {
    }

    /** {@code CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS}, outside the transaction. */
    static MigrationOperation createIndex(CreateIndex index) {
        return OutsideTransaction.of(index.concurrently().withIfNotExists());
    }

    /** {@code DROP INDEX CONCURRENTLY IF EXISTS}, outside the transaction. */
    static MigrationOperation dropIndex(DropIndex drop) {
        return OutsideTransaction.of(new DropIndex(drop.index(), true, true, false));
    }

    /** A FOREIGN KEY or CHECK added {@code NOT VALID}, then validated in a transaction of its own. */
    static List<MigrationOperation> addValidated(QualifiedName table, TableConstraint constraint) {
        return List.of(new AddConstraint(table, constraint).notValid(),
                OutsideTransaction.of(new ValidateConstraint(table, constraint.name())));
    }

    /** The unique index behind a new UNIQUE or PRIMARY KEY constraint, built concurrently under its name. */
    static MigrationOperation uniqueIndex(QualifiedName table, TableConstraint key) {
        List<String> columns = key instanceof PrimaryKeyConstraint pk ? pk.columns()
                : ((UniqueConstraint) key).columns();
        return createIndex(new CreateIndex(key.name(), table, columns.stream().map(IndexElement::column).toList(),
                true, null, null, false, false));
    }

    /** {@code ADD CONSTRAINT name UNIQUE|PRIMARY KEY USING INDEX name}, once {@link #uniqueIndex} is built. */
    static MigrationOperation attachIndex(QualifiedName table, TableConstraint key) {
        return new AddConstraint(table, key).usingIndex(key.name());
    }

    /**
     * {@code SET NOT NULL} without a scan under ACCESS EXCLUSIVE: {@code CHECK (c IS NOT NULL) NOT VALID}, validated
     * in its own transaction, then {@code SET NOT NULL} (which uses the valid check) and the check dropped.
     */
    static List<MigrationOperation> setNotNull(QualifiedName table, String column) {
        CheckConstraint check = CheckConstraint.of(Identifiers.quote(column) + " IS NOT NULL")
                .named(notNullCheckName(table, column));
        return List.of(new AddConstraint(table, check).notValid(),
                OutsideTransaction.of(new ValidateConstraint(table, check.name())),
                AlterColumn.of(table, column).setNotNull(),
                new DropConstraint(table, check.name(), false, false));
    }

    /** {@code <table>_<column>_not_null_check}, cut to 63 bytes as PostgreSQL would. */
    static String notNullCheckName(QualifiedName table, String column) {
        String suffix = "_not_null_check";
        StringBuilder name = new StringBuilder(table.name() + "_" + column);
        while (name.toString().getBytes(StandardCharsets.UTF_8).length + suffix.length() > MAX_NAME_BYTES) {
            name.setLength(name.length() - 1);
        }
        return name + suffix;
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
