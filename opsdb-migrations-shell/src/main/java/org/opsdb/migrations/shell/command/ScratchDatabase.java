package org.opsdb.migrations.shell.command;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.opsdb.migrations.ddl.DatabaseDdl;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.runtime.UrlDataSource;

/**
 * An empty database created for one command on the same server as the connected one ({@code CREATE DATABASE
 * opsdb_trace_<random hex>}), reached with the same URL, user and password, and dropped when closed
 * ({@code DROP DATABASE … WITH (FORCE)} on PostgreSQL 13+), also after a failure. Used by {@code lint --trace},
 * whose tracer needs an empty database.
 */
final class ScratchDatabase implements AutoCloseable {

    /** The prefix of every scratch database's name. */
    static final String PREFIX = "opsdb_trace_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PRIVILEGE = "SELECT current_user, rolcreatedb OR rolsuper FROM pg_roles"
            + " WHERE rolname = current_user";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final UrlDataSource server;
    private final String name;
    private final int serverVersion;
    private final UrlDataSource dataSource;

    private ScratchDatabase(UrlDataSource server, String name, int serverVersion) {
        this.server = server;
        this.name = name;
        this.serverVersion = serverVersion;
        this.dataSource = server.onDatabase(name);
    }

    /**
     * Creates a scratch database beside {@code connected}'s; a one-line {@link UsageException} naming
     * {@code command} when the connection is not a URL the console knows, or the user may not create a database.
     */
    static ScratchDatabase create(DataSource connected, String command) throws SQLException {
        if (!connected.isWrapperFor(UrlDataSource.class)) {
            throw new UsageException("Command '" + command + "' needs a scratch database beside the connected one and"
                    + " the application's data source does not tell its URL: run the standalone console with --url");
        }
        UrlDataSource server = connected.unwrap(UrlDataSource.class);
        String name = PREFIX + HexFormat.of().formatHex(bytes());
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            String user;
            try (ResultSet rs = statement.executeQuery(PRIVILEGE)) {
                rs.next();
                user = rs.getString(1);
                if (!rs.getBoolean(2)) {
                    throw mayNotCreate(command, user);
                }
            }
            try {
                statement.execute(DatabaseDdl.create(name));
            } catch (SQLException e) {
                if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    throw mayNotCreate(command, user);
                }
                throw e;
            }
            return new ScratchDatabase(server, name, connection.getMetaData().getDatabaseMajorVersion() * 10000);
        }
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static UsageException mayNotCreate(String command, String user) {
        return new UsageException("Command '" + command + "' needs a scratch database: user " + user + " may not"
                + " create one (CREATEDB); grant it, or run the trace through the test kit's LOCK_SAFETY");
    }

    /** The scratch database: same URL, user and password, its own name. */
    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Drops the database, ending the connections still open to it (PostgreSQL 13+); when that fails, one line naming
     * it.
     */
    @Override
    public void close() {
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(DatabaseDdl.drop(name, serverVersion));
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().strip().lines().findFirst().orElse("");
            throw new OneLineException("Could not drop the scratch database " + name + ": " + reason
                    + "; drop it by hand", e);
        }
    }
}
