package org.opsdb.migrations.runtime;

import java.io.EOFException;
import java.io.PrintWriter;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal {@link DataSource} over {@link DriverManager}, for the console and plain-Java use. A password in the URL
 * never shows: connection errors and {@link #toString()} are masked with {@link Secrets#mask(String)}.
 *
 * <p>A connection attempt to PostgreSQL is bounded: unless the URL sets them, {@code loginTimeout} (the whole
 * attempt: TCP connect, TLS, authentication) is {@value #DEFAULT_LOGIN_TIMEOUT_SECONDS} s, and {@code connectTimeout}
 * and {@code socketTimeout} default to the same number of seconds <em>while connecting</em>; once connected, a socket
 * timeout the URL did not ask for is taken off again, so that a migration statement that runs for an hour (a
 * {@code CREATE INDEX}) is never cut by it. What the URL sets is left as it is, {@code loginTimeout=0} included (wait
 * as long as it takes). A server that does not answer as PostgreSQL (an HTTP server, a port that accepts and never
 * answers) is one line naming it and the timeout that ended the wait.
 */
public final class UrlDataSource implements DataSource {

    /** Seconds a connection attempt may take when the URL sets no {@code loginTimeout}. */
    public static final int DEFAULT_LOGIN_TIMEOUT_SECONDS = 10;

    private static final String LOGIN_TIMEOUT = "loginTimeout";
    private static final String CONNECT_TIMEOUT = "connectTimeout";
    private static final String SOCKET_TIMEOUT = "socketTimeout";

    private final String url;
    private final String user;
    private final String password;
    private volatile int loginTimeoutSeconds = DEFAULT_LOGIN_TIMEOUT_SECONDS;

    /**
     * A data source for the given URL; user and password may be {@code null} (then taken from the URL). A URL or user
     * with a line break or another control character in it (a value read from a file or a secret with its trailing
     * newline) is refused: {@link #refuseControlCharacters(String, String)}.
     */
    public UrlDataSource(String url, String user, String password) {
        this.url = refuseControlCharacters("the JDBC URL", url);
        this.user = refuseControlCharacters("the database user", user);
        this.password = password;
    }

    /**
     * {@code value} unchanged, or, when it holds a line break, tab or other control character, an
     * {@link IllegalArgumentException} naming {@code setting}, the character and where it is, and quoting the value
     * with the character escaped (passwords masked):
     * {@code spring.datasource.url contains a line break (character 57): "jdbc:postgresql://h/db\n"; remove it}.
     */
    public static String refuseControlCharacters(String setting, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                String what = c == '\n' || c == '\r' ? "a line break" : c == '\t' ? "a tab"
                        : String.format("a control character (U+%04X)", (int) c);
                throw new IllegalArgumentException(setting + " contains " + what + " (character " + (i + 1) + "): \""
                        + Secrets.mask(escape(value)) + "\"; remove it");
            }
        }
        return value;
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c)
                        : String.valueOf(c));
            }
        }
        return out.toString();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        PostgresUrl postgres = PostgresUrl.parse(url);
        boolean socketTimeoutWhileConnecting = postgres != null && boundConnecting(postgres, props);
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, props);
        }
        catch (SQLException e) {
            SQLException clear = postgres == null ? null
                    : noPostgresAnswer(e, postgres, Duration.ofNanos(System.nanoTime() - start));
            if (clear != null) {
                throw clear;
            }
            // drivers quote the URL (e.g. "Unable to parse URL jdbc:postgresql:...?password=..."): mask it, and
            // keep only the cause, whose messages do not carry the URL
            String message = Secrets.mask(e.getMessage());
            if (message != null && message.equals(e.getMessage())) {
                throw e;
            }
            SQLException masked = new SQLException(message, e.getSQLState(), e.getErrorCode(), e.getCause());
            masked.setStackTrace(e.getStackTrace());
            throw masked;
        }
        if (socketTimeoutWhileConnecting) {
            try {
                connection.setNetworkTimeout(Runnable::run, 0);
            }
            catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    /**
     * Adds the default timeouts the URL does not set to {@code props}; returns whether a socket timeout was added,
     * which must be taken off once connected.
     */
    private boolean boundConnecting(PostgresUrl postgres, Properties props) {
        int login = postgres.parameters().containsKey(LOGIN_TIMEOUT) ? postgres.seconds(LOGIN_TIMEOUT)
                : loginTimeoutSeconds;
        if (!postgres.parameters().containsKey(LOGIN_TIMEOUT)) {
            props.setProperty(LOGIN_TIMEOUT, Integer.toString(login));
        }
        if (login <= 0) {
            return false;
        }
        if (!postgres.parameters().containsKey(CONNECT_TIMEOUT)) {
            props.setProperty(CONNECT_TIMEOUT, Integer.toString(login));
        }
        if (postgres.parameters().containsKey(SOCKET_TIMEOUT)) {
            return false;
        }
        props.setProperty(SOCKET_TIMEOUT, Integer.toString(login));
        return true;
    }

    /**
     * One line for a server that did not answer as PostgreSQL: it timed out (naming the URL parameter that bounded
     * the wait), closed the connection, or answered something else (an HTTP server); {@code null} for any other
     * failure.
     */
    private SQLException noPostgresAnswer(SQLException e, PostgresUrl postgres, Duration elapsed) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = "the server at " + postgres.serverList();
        if (state.equals("08P01")) {
            return new SQLException(server + " did not answer as PostgreSQL: " + PlanExecutor.firstLine(e.getMessage()),
                    state, e);
        }
        if (!state.startsWith("08")) {
            return null;
        }
        SocketTimeoutException socketTimeout = cause(e, SocketTimeoutException.class);
        int login = postgres.parameters().containsKey(LOGIN_TIMEOUT) ? postgres.seconds(LOGIN_TIMEOUT)
                : loginTimeoutSeconds;
        if (socketTimeout != null || (login > 0 && elapsed.toMillis() >= login * 1000L - 100)) {
            String parameter = socketTimeout == null ? LOGIN_TIMEOUT
                    : String.valueOf(socketTimeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect")
                            ? CONNECT_TIMEOUT : SOCKET_TIMEOUT;
            if (!postgres.parameters().containsKey(parameter)) {
                parameter = LOGIN_TIMEOUT;
            }
            int seconds = parameter.equals(LOGIN_TIMEOUT) ? login : postgres.seconds(parameter);
            String bound = postgres.parameters().containsKey(parameter) ? parameter + "=" + seconds + " in the URL"
                    : parameter + ": " + seconds + " s unless the URL sets " + parameter + "=SECONDS";
            return new SQLException(server + " did not answer as PostgreSQL within " + seconds + " s (" + bound + ")",
                    state, e);
        }
        if (cause(e, EOFException.class) != null) {
            return new SQLException(server + " closed the connection without answering as PostgreSQL", state, e);
        }
        return null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * A data source for another database on the same server(s): the same URL (servers, parameters), user, password
     * and connection bound, naming {@code database} instead; e.g. a scratch database created beside this one.
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL
     */
    public UrlDataSource onDatabase(String database) {
        String other = PostgresUrl.withDatabase(url, database);
        if (other == null) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + Secrets.mask(url));
        }
        UrlDataSource source = new UrlDataSource(other, user, password);
        source.loginTimeoutSeconds = loginTimeoutSeconds;
        return source;
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        UrlDataSource other = new UrlDataSource(url, username, pass);
        other.loginTimeoutSeconds = loginTimeoutSeconds;
        return other.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    /** The connection attempt's bound when the URL sets no {@code loginTimeout}; 0 waits as long as it takes. */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + Secrets.mask(url) + "]";
    }
}
