package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a migration statement may wait for a table lock held elsewhere, and how often a revision that timed out
 * is tried again. The runtime sets PostgreSQL's {@code lock_timeout} on its session to {@code timeout}, so that an
 * {@code ALTER TABLE} queued behind a long transaction gives up instead of hanging (and holding up every reader
 * queued behind it). A revision whose statement timed out (SQLSTATE 55P03) and whose transaction was rolled back
 * is run again after {@code backoff}, then twice that, and so on, {@code retries} times; then the run fails.
 * Statements in outside-transaction blocks run without the timeout: they can be neither rolled back nor retried.
 *
 * @param timeout {@code lock_timeout} for migration statements; zero waits as long as it takes
 * @param retries how many times a revision that timed out is tried again (0: never)
 * @param backoff the wait before the first retry, doubled before each further one
 */
public record StatementLockPolicy(Duration timeout, int retries, Duration backoff) {

    /** Checks the values. */
    public StatementLockPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        if (timeout.isNegative() || backoff.isNegative() || retries < 0) {
            throw new IllegalArgumentException("statement lock timeout, retries and backoff must be zero or"
                    + " positive, were " + timeout + ", " + retries + ", " + backoff);
        }
    }

    /** How many times a revision is tried at most. */
    public int attempts() {
        return retries + 1;
    }

    /** The wait before attempt {@code next} (2 or more). */
    Duration backoffBefore(int next) {
        return backoff.multipliedBy(1L << Math.min(next - 2, 20));
    }

    /** {@code lock_timeout} as PostgreSQL takes it, in milliseconds. */
    String setting() {
        return Long.toString(timeout.toMillis());
    }

    /** Sets the session's {@code lock_timeout} (outside a transaction, or it ends with it); returns the value before. */
    static String swapLockTimeout(Connection connection, String value) throws SQLException {
        String previous;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SHOW lock_timeout")) {
            rs.next();
            previous = rs.getString(1);
        }
        if (!previous.equals(value)) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
                ps.setString(1, value);
                ps.execute();
            }
        }
        return previous;
    }
}
