package org.opsdb.migrations.fleet;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opsdb.migrations.operations.Identifiers;

/**
 * The connections of one target: taken from the fleet run's {@link FleetConnections} (a connection an earlier
 * target finished with, or a new one from the fleet's data source, or the target's own), each with the search path
 * set to the target's schema (for a schema target) as a session setting. A connection the runtime closes is kept
 * for the target's next {@code getConnection()} (one physical connection per target, not one per step of a
 * command), and given back by {@link #close()}: kept for the run's next target, or closed with the search path it
 * came with put back (so a pooled connection goes back to its pool as it came; the runtime's own session-settings
 * restore, which reads the settings after this one, keeps the schema's path while it works). Every open connection
 * can be aborted at once: the per-target timeout does so, and the server then rolls the target's transaction back
 * and frees its advisory lock; an aborted connection is never used again.
 */
final class TargetDataSource implements DataSource {

    private final FleetConnections connections;
    private final String schema;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private Connection idle;
    private volatile boolean aborted;

    /**
     * @param connections where the connections come from and go back to
     * @param schema      the schema to put on the search path, or {@code null} to leave it as it is (a URL target)
     */
    TargetDataSource(FleetConnections connections, String schema) {
        this.connections = connections;
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
        Connection connection = connections.take(schema == null ? null : Identifiers.quote(schema));
        open.add(connection);
        return wrap(connection);
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

    /** Gives the connection kept for reuse back to the run (kept for the next target, or closed); the target is done. */
    void close() {
        Connection kept = takeIdle();
        if (kept != null) {
            done(kept, true);
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
        boolean clean = false;
        try {
            if (!aborted && !connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                clean = true;
                if (keep(connection)) {
                    return;
                }
            }
        } catch (SQLException unusable) {
            clean = false;
        }
        done(connection, clean);
    }

    /** The target is done with {@code connection}: back to the run when it is clean and not aborted, else closed. */
    private void done(Connection connection, boolean clean) {
        open.remove(connection);
        if (clean && !aborted) {
            connections.giveBack(connection);
        } else {
            connections.discard(connection);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("a fleet target connects as its fleet's data source does");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return connections.base().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        connections.base().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        connections.base().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return connections.base().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return connections.base().getParentLogger();
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
