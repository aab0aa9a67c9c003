package org.opsdb.benchmarks.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the benchmarks run on, reached as a superuser: creates and drops the databases each run
 * uses and gives their JDBC URLs.
 *
 * @param host     host name or address
 * @param port     port
 * @param user     a superuser (trusted, no password)
 */
public record Server(String host, int port, String user) {

    /** The JDBC URL of {@code database}, with {@code applicationName} as the sessions' application name. */
    public String url(String database, String applicationName) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=" + user
                + "&ApplicationName=" + applicationName;
    }

    /** A connection to {@code database}. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database, "bench-harness"));
    }

    /** Drops {@code database} if it exists and creates it empty. */
    public void recreate(String database) throws SQLException {
        drop(database);
        admin("CREATE DATABASE " + database);
    }

    /** Drops {@code database} if it exists. */
    public void drop(String database) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Runs {@code sql} on the {@code postgres} database. */
    public void admin(String sql) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The server's version string. */
    public String version() throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
