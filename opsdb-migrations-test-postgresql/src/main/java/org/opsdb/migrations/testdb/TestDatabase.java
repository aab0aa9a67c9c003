package org.opsdb.migrations.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on the shared {@link PostgresServer}, created empty by
 * {@link PostgresServer#createDatabase(String)} and dropped by {@link #close()}.
 *
 * <p>Instances are thread-safe. The JDBC URL carries no credentials: use {@link #username()} and
 * {@link #password()} (the password is {@code null} where the server needs none).
 */
public final class TestDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;
    private final String jdbcUrl;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile PGSimpleDataSource dataSource;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
        this.jdbcUrl = server.jdbcUrlFor(name);
    }

    /** The database name: lower case, at most 63 characters, unique on the server. */
    public String name() {
        return this.name;
    }

    /** A JDBC URL for this database, without credentials. */
    public String jdbcUrl() {
        return this.jdbcUrl;
    }

    /** The user name to connect with (a superuser of the server). */
    public String username() {
        return this.server.username();
    }

    /** The password to connect with, or {@code null} when the server needs none. */
    public String password() {
        return this.server.password();
    }

    /** The server this database lives on. */
    public PostgresServer server() {
        return this.server;
    }

    /**
     * A simple, unpooled {@link DataSource} for this database; every {@code getConnection()} opens a new
     * physical connection.
     */
    public DataSource dataSource() {
        PGSimpleDataSource ds = this.dataSource;
        if (ds == null) {
            synchronized (this) {
                ds = this.dataSource;
                if (ds == null) {
                    ds = new PGSimpleDataSource();
                    ds.setURL(this.jdbcUrl);
                    ds.setUser(username());
                    if (password() != null) {
                        ds.setPassword(password());
                    }
                    this.dataSource = ds;
                }
            }
        }
        return ds;
    }

    /** Opens a new connection to this database; the caller closes it. */
    public Connection openConnection() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username());
        if (password() != null) {
            props.setProperty("password", password());
        }
        return DriverManager.getConnection(this.jdbcUrl, props);
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return this.closed.get();
    }

    /**
     * Drops the database ({@code DROP DATABASE … WITH (FORCE)}, which ends open connections to it). Calling it
     * again does nothing.
     */
    @Override
    public void close() {
        if (this.closed.compareAndSet(false, true)) {
            this.server.dropDatabase(this.name);
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + this.name + " on " + this.server.kind() + " " + this.server.host() + ":"
                + this.server.port() + "]";
    }
}
