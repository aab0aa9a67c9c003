package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * Raw SQL, one or more statements separated by {@code ;}. Not reversible unless the SQL that undoes it is given.
 *
 * @param sql        the SQL
 * @param reverseSql the SQL that undoes it, or {@code null}
 */
public record ExecuteSql(String sql, String reverseSql) implements MigrationOperation {

    /** Validates the SQL. */
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
    }

    /** Irreversible raw SQL. */
    public static ExecuteSql of(String sql) {
        return new ExecuteSql(sql, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.executeSql(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return reverseSql == null ? Optional.empty() : Optional.of(new ExecuteSql(reverseSql, sql));
    }
}
