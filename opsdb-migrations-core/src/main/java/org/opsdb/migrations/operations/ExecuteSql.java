package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * Raw SQL, one or more statements separated by {@code ;}: the user's escape hatch ({@code op.execute}); the diff
 * never emits it.
 *
 * @param sql the SQL
 */
public record ExecuteSql(String sql) implements MigrationOperation {

    /** Validates the SQL. */
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
    }

    /** Raw SQL. */
    public static ExecuteSql of(String sql) {
        return new ExecuteSql(sql);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.executeSql(this);
    }
}
