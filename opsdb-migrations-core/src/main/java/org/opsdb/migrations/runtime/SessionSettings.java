package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opsdb.migrations.operations.Identifiers;

/**
 * The session state a {@code SET} changes, read from a connection so that it can be put back: every parameter a
 * {@code SET} (or {@code set_config}) gave a session value ({@code pg_settings.source = 'session'}: the runtime's
 * own {@code lock_timeout} and {@code client_connection_check_interval}, a pool's {@code SET search_path}, a
 * revision's {@code SET statement_timeout}), plus the role ({@code SET ROLE}) and the session authorization
 * ({@code SET SESSION AUTHORIZATION}), which {@code pg_settings} does not show. {@link #restore(Connection)} undoes
 * whatever was {@code SET} since the state was read: a parameter set since is {@code RESET} to the value the
 * connection had without a {@code SET} (its configuration, its role's and database's defaults, the connection's
 * startup options), a changed one set back. Temporary tables, prepared statements, custom placeholder parameters
 * ({@code SET myapp.x}, which {@code pg_settings} does not list) and advisory locks are not session settings and
 * are left alone.
 */
final class SessionSettings {

    private static final String ROLE = "role";
    private static final String SESSION_AUTHORIZATION = "session_authorization";
    /** The query that reads the settings. */
    static final String READ = "SELECT 'session_authorization', current_setting('session_authorization')"
            + " UNION ALL SELECT 'role', current_setting('role')"
            + " UNION ALL SELECT name, setting FROM pg_settings WHERE source = 'session'";

    /** Parameter name to value, the session authorization and the role first (restored in that order). */
    private final Map<String, String> values;

    private SessionSettings(Map<String, String> values) {
        this.values = values;
    }

    /** The connection's session settings now. */
    static SessionSettings read(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(READ)) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return new SessionSettings(values);
    }

    /**
     * Puts the settings read back: one read, and one statement per parameter that changed (none usually). Inside a
     * transaction the restoring is part of it (and undone with it); outside, it lasts for the session.
     *
     * @return the names of the parameters that were put back, in the order they were
     * @throws SQLException      when the settings cannot be read
     * @throws StatementFailure when one cannot be put back (naming the statement)
     */
    List<String> restore(Connection connection) throws SQLException {
        Map<String, String> now = read(connection).values;
        List<String> restored = new ArrayList<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!Objects.equals(now.get(entry.getKey()), entry.getValue())) {
                set(connection, entry.getKey(), entry.getValue());
                restored.add(entry.getKey());
            }
        }
        for (String name : now.keySet()) {
            if (!values.containsKey(name)) {
                String reset = "RESET " + quote(name);
                try (Statement st = connection.createStatement()) {
                    st.execute(reset);
                } catch (SQLException e) {
                    throw new StatementFailure(reset, e);
                }
                restored.add(name);
            }
        }
        return restored;
    }

    private static void set(Connection connection, String name, String value) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.execute();
        } catch (SQLException e) {
            throw new StatementFailure("SELECT set_config('" + name + "', '" + value.replace("'", "''")
                    + "', false)", e);
        }
    }

    /** A parameter name for {@code RESET}: each part of {@code plpgsql.extra_warnings} quoted as needed. */
    private static String quote(String name) {
        return Arrays.stream(name.split("\\.", -1)).map(Identifiers::quote).collect(Collectors.joining("."));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
