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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opsdb.migrations.operations.Identifiers;

/**
 * The connections of one target: taken from the fleet's data source (or the target's own), each with the search
 * path set to the target's schema (for a schema target) as a session setting. A connection the runtime closes is
 * kept for the target's next {@code getConnection()} (one physical connection per target, not one per step of a
 * command), and really closed by {@link #close()}, with the search path it came with put back (so a pooled
 * connection goes back to its pool as it came; the runtime's own session-settings restore, which reads the settings
 * after this one, keeps the schema's path while it works). Every open connection can be aborted at once: the
 * per-target timeout does so, and the server then rolls the target's transaction back and frees its advisory lock.
 */
final class TargetDataSource implements DataSource {

    private static final String READ_SEARCH_PATH = "SELECT setting, source = 'session' FROM pg_settings"
            + " WHERE name = 'search_path'";

    private final DataSource base;
    private final String schema;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final Map<Connection, SearchPath> previous = new ConcurrentHashMap<>();
    private Connection idle;
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
        Connection kept = takeIdle();
        if (kept != null) {
            return wrap(kept);
        }
        Connection connection = base.getConnection();
        try {
            if (schema != null) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(READ_SEARCH_PATH)) {
                    rs.next();
                    previous.put(connection, new SearchPath(rs.getString(1), rs.getBoolean(2)));
                }
                setSearchPath(connection, Identifiers.quote(schema));
            }
            open.add(connection);
            return wrap(connection);
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

    /** Really closes the connection kept for reuse, with its search path put back; the target is done. */
    void close() {
        Connection kept = takeIdle();
        if (kept != null) {
            closeForGood(kept);
        }
    }

    private synchronized Connection takeIdle() {
        Connection kept = idle;
        idle = null;
        return kept;
    }

    /** Keeps {@code connection} for the next {@code getConnection()}; {@code false} when one is kept already. */
    private synchronized boolean keep(Connection connection) {
        if (idle != null || aborted) {
            return false;
        }
        idle = connection;
        return true;
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        release(connection);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                });
    }

    /** The runtime is done with {@code connection}: kept for the next use when it is clean, else closed. */
    private void release(Connection connection) {
        try {
            if (!aborted && !connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                if (keep(connection)) {
                    return;
                }
            }
        } catch (SQLException unusable) {
            // closed below
        }
        closeForGood(connection);
    }

    private void closeForGood(Connection connection) {
        SearchPath came = previous.remove(connection);
        try {
            if (came != null && !aborted && !connection.isClosed()) {
                if (came.session()) {
                    setSearchPath(connection, came.path());
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
            try {
                connection.close();
            } catch (SQLException ignored) {
                // gone already
            }
        }
    }

    /** The search path a connection came with, and whether it was a session setting then. */
    private record SearchPath(String path, boolean session) {
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
