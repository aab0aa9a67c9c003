package org.opsdb.migrations.fleet;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opsdb.migrations.operations.Identifiers;

/**
 * The connections of one target: taken from the fleet's data source (or the target's own), each with the search
 * path set to the target's schema (for a schema target) as a session setting, and the search path the connection
 * came with put back when it is closed (so a pooled connection goes back to its pool as it came; the runtime's own
 * session-settings restore, which reads the settings after this one, keeps the schema's path while it works). Every
 * open connection can be aborted at once: the per-target timeout does so, and the server then rolls the target's
 * transaction back and frees its advisory lock.
 */
final class TargetDataSource implements DataSource {

    private static final String READ_SEARCH_PATH = "SELECT setting, source = 'session' FROM pg_settings"
            + " WHERE name = 'search_path'";

    private final DataSource base;
    private final String schema;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean aborted;

    /**
     * @param base   where the connections come from
     * @param schema the schema to put on the search path, or {@code null} to leave it as it is (a URL target)
     */
    TargetDataSource(DataSource base, String schema) {
        this.base = base;
        this.schema = schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (aborted) {
            throw new SQLException("The target's connections were closed");
        }
        Connection connection = base.getConnection();
        try {
            String previous = null;
            boolean previousWasSession = false;
            if (schema != null) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(READ_SEARCH_PATH)) {
                    rs.next();
                    previous = rs.getString(1);
                    previousWasSession = rs.getBoolean(2);
                }
                setSearchPath(connection, Identifiers.quote(schema));
            }
            open.add(connection);
            return wrap(connection, previous, previousWasSession);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Closes every open connection of the target at once, and refuses new ones. */
    void abort() {
        aborted = true;
        for (Connection connection : open) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // already gone
            }
        }
    }

    private Connection wrap(Connection connection, String previous, boolean previousWasSession) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        close(connection, previous, previousWasSession);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                });
    }

    private void close(Connection connection, String previous, boolean previousWasSession) throws SQLException {
        try {
            if (schema != null && !aborted && !connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (previousWasSession) {
                    setSearchPath(connection, previous);
                } else {
                    try (Statement st = connection.createStatement()) {
                        st.execute("RESET search_path");
                    }
                }
            }
        } catch (SQLException ignored) {
            // a connection that cannot take a statement any more is closed below all the same
        } finally {
            open.remove(connection);
            connection.close();
        }
    }

    private static void setSearchPath(Connection connection, String path) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            ps.setString(1, path);
            ps.execute();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("a fleet target connects as its fleet's data source does");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return base.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        base.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        base.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return base.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return base.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
