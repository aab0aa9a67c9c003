package org.opsdb.migrations.runtime;

import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JDBC connection failures into one-line messages that name the cause (an unknown host by its name) and
 * never include a password ({@link Secrets#mask(String)}).
 */
public final class ConnectionErrors {

    private static final Pattern MISSING_ROLE = Pattern.compile("role \"([^\"]*)\" does not exist");

    private ConnectionErrors() {
    }

    /**
     * The role a refused login named as missing ({@code role "root" does not exist}, SQLSTATE 28000), found among
     * {@code error} and its causes; the PostgreSQL driver logs in as the OS user when no user is given.
     */
    public static Optional<String> missingRole(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "28000".equals(sql.getSQLState()) && sql.getMessage() != null) {
                Matcher role = MISSING_ROLE.matcher(sql.getMessage());
                if (role.find()) {
                    return Optional.of(role.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the error means the session is gone: a connection failure (SQLSTATE class 08) or the server ending
     * the session (57P01 admin shutdown, e.g. {@code pg_terminate_backend}; 57P02 crash shutdown; 57P03 cannot
     * connect now).
     */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P0");
    }

    /** One line: what kind of failure (connect, login, missing database, other), then {@link #reason}. */
    public static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = reason(e);
        if (state.startsWith("08")) {
            return "Cannot connect to the database: " + message;
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return "Database refused the login: " + message;
        }
        if ("3D000".equals(state)) {
            return "Database does not exist: " + message;
        }
        return "Database error: " + message;
    }

    /**
     * The driver's first line, masked; for a host name that does not resolve (which the driver reports only as
     * "The connection attempt failed") {@code unknown host 'NAME'}.
     */
    public static String reason(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnknownHostException unknown) {
                String host = String.valueOf(unknown.getMessage());
                int colon = host.indexOf(": ");
                return unknownHost((colon > 0 ? host.substring(0, colon) : host).strip());
            }
        }
        return Secrets.mask(PlanExecutor.firstLine(e.getMessage()));
    }

    /**
     * {@code unknown host 'NAME'}; a name that holds {@code user:password@} (the PostgreSQL driver takes
     * {@code jdbc:postgresql://user:password@host/db} for a host of that name) is shown with the password masked
     * and the way the driver takes credentials.
     */
    private static String unknownHost(String host) {
        int at = host.lastIndexOf('@');
        if (at < 0) {
            return "unknown host '" + host + "'";
        }
        String user = host.substring(0, at);
        int colon = user.indexOf(':');
        return "unknown host '" + (colon < 0 ? user : user.substring(0, colon) + ":" + Secrets.MASK)
                + host.substring(at) + "': give the user and password as the URL's user and password parameters,"
                + " not before the host";
    }
}
