package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.sql.ConcurrentIndexBuild;

/**
 * Drops the INVALID index that a failed {@code CREATE INDEX CONCURRENTLY} leaves (PostgreSQL commits the index
 * before it builds it, and a failure leaves it INVALID: unused by queries, yet updated by every write, and in the
 * way of the same statement run again). The indexes that were invalid before the statement are left alone (another
 * session's build in progress is invalid too), and of the new ones only the one the statement names, when it names
 * one. The drop is {@code DROP INDEX CONCURRENTLY IF EXISTS}, in auto-commit like the failed statement.
 */
final class InvalidIndexes {

    private static final String QUERY = "SELECT n.nspname, c.relname FROM pg_index i"
            + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE NOT i.indisvalid";
    private static final PostgresDdl DDL = new PostgresDdl();

    private final Set<QualifiedName> before;
    private final Optional<String> named;

    private InvalidIndexes(Set<QualifiedName> before, Optional<String> named) {
        this.before = before;
        this.named = named;
    }

    /**
     * What to clean up should {@code statement} fail: the invalid indexes now, when it is a concurrent index build
     * run outside a transaction; empty for any other statement.
     */
    static Optional<InvalidIndexes> before(Connection connection, String statement) throws SQLException {
        if (!connection.getAutoCommit() || !ConcurrentIndexBuild.is(statement)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidIndexes(read(connection), ConcurrentIndexBuild.indexName(statement)));
    }

    /**
     * After the statement failed: drops the invalid indexes it left and says so, as the end of the error line
     * ({@code dropped the invalid index obs_code_key that the failed CREATE INDEX CONCURRENTLY left}); empty when
     * it left none.
     */
    Optional<String> dropLeftovers(Connection connection) {
        List<QualifiedName> left = new ArrayList<>();
        try {
            for (QualifiedName index : read(connection)) {
                if (!before.contains(index) && named.map(index.name()::equals).orElse(true)) {
                    left.add(index);
                }
            }
        } catch (SQLException e) {
            return Optional.of("could not look for the invalid index the failed CREATE INDEX CONCURRENTLY may have"
                    + " left (" + firstLine(e) + "): look in pg_index for indisvalid = false");
        }
        List<String> dropped = new ArrayList<>();
        for (QualifiedName index : left) {
            String drop = DDL.render(new DropIndex(index, true, true, false)).get(0);
            try (Statement st = connection.createStatement()) {
                st.execute(drop);
                dropped.add(describe(index));
            } catch (SQLException e) {
                return Optional.of("could not drop the invalid index " + describe(index) + " that the failed CREATE"
                        + " INDEX CONCURRENTLY left (" + firstLine(e) + "); run " + drop + " before trying again");
            }
        }
        if (dropped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("dropped the invalid " + (dropped.size() == 1 ? "index " : "indexes ")
                + String.join(", ", dropped) + " that the failed CREATE INDEX CONCURRENTLY left");
    }

    private static String describe(QualifiedName index) {
        return "public".equals(index.schema()) ? QualifiedName.of(index.name()).toString() : index.toString();
    }

    private static String firstLine(SQLException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    private static Set<QualifiedName> read(Connection connection) throws SQLException {
        Set<QualifiedName> indexes = new LinkedHashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                indexes.add(QualifiedName.of(rs.getString(1), rs.getString(2)));
            }
        }
        return indexes;
    }
}
