package org.opsdb.migrations.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.runtime.OwnTables;

/**
 * Empties a database for the next check: drops every user schema with what it holds and recreates {@code public} and
 * the schema of the version and history tables.
 */
final class DatabaseReset {

    private static final String USER_SCHEMAS = "SELECT nspname FROM pg_namespace WHERE nspname NOT IN"
            + " ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%'"
            + " AND nspname NOT LIKE 'pg\\_temp\\_%' ORDER BY nspname";

    private DatabaseReset() {
    }

    /**
     * Drops every user schema ({@code CASCADE}) and creates an empty {@code public} schema, and an empty schema where
     * {@code ownTables} {@linkplain OwnTables#resolve resolve} when it was dropped (e.g. {@code ops} under
     * {@code search_path=ops}, which the next upgrade needs to create them in).
     */
    static void wipe(DataSource dataSource, OwnTables ownTables) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            String ownSchema = ownTables.resolve(connection).schema();
            List<String> schemas = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(USER_SCHEMAS)) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA " + Identifiers.quote(schema) + " CASCADE");
            }
            Set<String> recreated = new LinkedHashSet<>(List.of(ReflectionScope.DEFAULT_SCHEMA));
            if (schemas.contains(ownSchema)) {
                recreated.add(ownSchema);
            }
            for (String schema : recreated) {
                statement.execute("CREATE SCHEMA " + Identifiers.quote(schema));
            }
        } catch (SQLException e) {
            throw new MigrationCheckFailure("Could not empty the test database: " + e.getMessage(), e);
        }
    }
}
