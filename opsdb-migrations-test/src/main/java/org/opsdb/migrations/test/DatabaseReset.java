package org.opsdb.migrations.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.opsdb.migrations.operations.Identifiers;

/** Empties a database for the next check: drops every user schema with what it holds and recreates {@code public}. */
final class DatabaseReset {

    private static final String USER_SCHEMAS = "SELECT nspname FROM pg_namespace WHERE nspname NOT IN"
            + " ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%'"
            + " AND nspname NOT LIKE 'pg\\_temp\\_%' ORDER BY nspname";

    private DatabaseReset() {
    }

    /** Drops every user schema ({@code CASCADE}) and creates an empty {@code public} schema. */
    static void wipe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            List<String> schemas = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(USER_SCHEMAS)) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA " + Identifiers.quote(schema) + " CASCADE");
            }
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new MigrationCheckFailure("Could not empty the test database: " + e.getMessage(), e);
        }
    }
}
