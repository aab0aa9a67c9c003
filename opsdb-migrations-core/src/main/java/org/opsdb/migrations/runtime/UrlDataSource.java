package org.opsdb.migrations.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal {@link DataSource} over {@link DriverManager}, for the console and plain-Java use. A password in the URL
 * never shows: connection errors and {@link #toString()} are masked with {@link Secrets#mask(String)}.
 */
public final class UrlDataSource implements DataSource {

    private final String url;
    private final String user;
    private final String password;

    /** A data source for the given URL; user and password may be {@code null} (then taken from the URL). */
    public UrlDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
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
        try {
            return DriverManager.getConnection(url, props);
        }
        catch (SQLException e) {
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
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return new UrlDataSource(url, username, pass).getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
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
