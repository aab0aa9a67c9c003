package org.opsdb.migrations.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The physical connections of one fleet run's schema targets, taken from the fleet's data source: a connection a
 * target is done with is kept (up to a limit) for the next target instead of being closed, so that a run of a
 * thousand schemas opens about as many connections as it runs targets at once, not one per target. Each connection
 * is given its target's search path when taken ({@link #take}); when a kept one is taken again, the session advisory
 * locks it may still hold are released in the same statement (as closing it would). When the run ends
 * ({@link #close()}) every kept connection gets back the search path it came with and is closed (a pooled one goes
 * back to its pool as it came). A connection that is not clean (closed, aborted, in a transaction) is never kept.
 */
final class FleetConnections implements AutoCloseable {

    private static final String READ_SEARCH_PATH = "SELECT setting, source = 'session' FROM pg_settings"
            + " WHERE name = 'search_path'";
    private static final String SET_SEARCH_PATH = "SELECT set_config('search_path', ?, false)";
    /** For a kept connection: the next target's search path, and no advisory lock of an earlier target. */
    private static final String SET_SEARCH_PATH_UNLOCKED = "SELECT set_config('search_path', ?, false),"
            + " pg_advisory_unlock_all()";

    private final DataSource base;
    private final int keep;
    private final Deque<Connection> kept = new ArrayDeque<>();
    private final Map<Connection, SearchPath> cameWith = new ConcurrentHashMap<>();
    private boolean closed;

    /**
     * @param base where the connections come from
     * @param keep how many connections a finished target may leave for the next ones (0: none, each is closed)
     */
    FleetConnections(DataSource base, int keep) {
        this.base = base;
        this.keep = keep;
    }

    /** The data source the connections come from. */
    DataSource base() {
        return base;
    }

    /**
     * A connection with {@code schema} as its search path ({@code null}: left as it is): a kept one, or a new one
     * from the data source.
     */
    Connection take(String schema) throws SQLException {
        Connection reused = poll();
        if (reused != null) {
            try {
                setSearchPath(reused, schema, SET_SEARCH_PATH_UNLOCKED);
                return reused;
            } catch (SQLException unusable) {
                discard(reused);
            }
        }
        Connection connection = base.getConnection();
        try {
            if (schema != null) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(READ_SEARCH_PATH)) {
                    rs.next();
                    cameWith.put(connection, new SearchPath(rs.getString(1), rs.getBoolean(2)));
                }
                setSearchPath(connection, schema, SET_SEARCH_PATH);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw e;
        }
    }

    /** A target is done with {@code connection}, which is clean (no transaction): kept for the next, or closed. */
    void giveBack(Connection connection) {
        synchronized (this) {
            if (!closed && kept.size() < keep) {
                kept.push(connection);
                return;
            }
        }
        closeForGood(connection);
    }

    /** {@code connection} is unusable (aborted, broken): closed without a statement. */
    void discard(Connection connection) {
        cameWith.remove(connection);
        try {
            connection.close();
        } catch (SQLException ignored) {
            // gone already
        }
    }

    /** Closes every kept connection, each with its search path put back; later ones given back are closed too. */
    @Override
    public void close() {
        while (true) {
            Connection connection;
            synchronized (this) {
                closed = true;
                connection = kept.poll();
            }
            if (connection == null) {
                return;
            }
            closeForGood(connection);
        }
    }

    private synchronized Connection poll() {
        return kept.poll();
    }

    /** Puts back the search path {@code connection} came with, and closes it. */
    private void closeForGood(Connection connection) {
        SearchPath came = cameWith.remove(connection);
        try {
            if (came != null && !connection.isClosed()) {
                if (came.session()) {
                    setSearchPath(connection, came.path(), SET_SEARCH_PATH);
                } else {
                    try (Statement st = connection.createStatement()) {
                        st.execute("RESET search_path");
                    }
                }
            }
        } catch (SQLException ignored) {
            // a connection that cannot take a statement any more is closed below all the same
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // gone already
            }
        }
    }

    private static void setSearchPath(Connection connection, String path, String sql) throws SQLException {
        if (path == null) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, path);
            ps.execute();
        }
    }

    /** The search path a connection came with, and whether it was a session setting then. */
    private record SearchPath(String path, boolean session) {
    }
}
