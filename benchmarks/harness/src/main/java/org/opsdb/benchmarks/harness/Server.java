package org.opsdb.benchmarks.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the benchmarks run on, reached as a superuser: creates and drops the databases each run
 * uses and gives their JDBC URLs.
 *
 * @param address        {@code host:port}
 * @param adminDatabase  the database administrative statements ({@code CREATE DATABASE}, …) run on
 * @param parameters     the JDBC URL's parameters every connection carries ({@code user=postgres}, …), without
 *                       {@code ?}; may be empty
 */
public record Server(String address, String adminDatabase, String parameters) {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^/?]+)(?:\\?(.*))?");

    /** The server at {@code host:port}, reached as {@code user} (trusted, no password) on database postgres. */
    public static Server at(String host, int port, String user) {
        return new Server(host + ":" + port, "postgres", "user=" + user);
    }

    /**
     * The server a JDBC URL ({@code jdbc:postgresql://HOST[:PORT]/DATABASE[?PARAMETERS]}) names; its database is the
     * one administrative statements run on, its parameters (user, password, …) are kept for every connection.
     */
    public static Server fromUrl(String jdbcUrl) {
        Matcher matcher = JDBC_URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalStateException("url=" + jdbcUrl
                    + " is not a JDBC URL of the form jdbc:postgresql://HOST[:PORT]/DATABASE[?PARAMETERS]");
        }
        return new Server(matcher.group(1), matcher.group(2), matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** The JDBC URL of {@code database}, with {@code applicationName} as the sessions' application name. */
    public String url(String database, String applicationName) {
        return "jdbc:postgresql://" + address + "/" + database + "?" + (parameters.isEmpty() ? "" : parameters + "&")
                + "ApplicationName=" + applicationName;
    }

    /** A connection to {@code database}. */
    public Connection connect(String database) throws SQLException {
        return connect(database, "bench-harness");
    }

    /** A connection to {@code database} under the application name {@code applicationName}. */
    public Connection connect(String database, String applicationName) throws SQLException {
        return DriverManager.getConnection(url(database, applicationName));
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

    /** Runs {@code sql} on the administrative database. */
    public void admin(String sql) throws SQLException {
        try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The server's version string. */
    public String version() throws SQLException {
        return setting("server_version");
    }

    /** The value of the server setting {@code name} ({@code SHOW name}). */
    public String setting(String name) throws SQLException {
        try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
