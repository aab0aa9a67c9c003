package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A {@code SET} in one revision (of {@code lock_timeout}, {@code search_path}, {@code statement_timeout}, the role)
 * holds until that revision ends: the version row, the history row and the next revision run with the session
 * settings the run started with (the connection's as it came, plus the runtime's own {@code lock_timeout}), in
 * both transaction modes and after an outside-transaction block; the connection goes back to its pool as it came.
 */
@FreshDatabase
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RevisionSessionSettingsTest {

    static final String ONE = "5e0000000001";
    static final String TWO = "5e0000000002";
    static final String ROLE = "opsdb_session_probe";

    private final TestDatabase db;
    private final DatabaseState probe;
    @TempDir
    Path dir;

    RevisionSessionSettingsTest(TestDatabase db) {
        this.db = db;
        this.probe = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        probe.reset();
        probe.execute("DROP SCHEMA IF EXISTS elsewhere CASCADE; DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles"
                + " WHERE rolname = '" + ROLE + "') THEN CREATE ROLE " + ROLE + " NOLOGIN; END IF; END $$");
    }

    private void write(String id, String down, String message, String upgrade) throws IOException {
        Files.writeString(dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), "-- revision: " + id
                + "\n-- down_revision: " + down + "\n-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n");
    }

    private Migrations migrations(DataSource dataSource, TransactionMode mode) {
        return Migrations.configure().dataSource(dataSource).locations(dir.toString()).transactionMode(mode)
                .statementLockTimeout(Duration.ofMillis(200)).statementLockRetries(0).load();
    }

    /** Revision 2 records the settings it runs with, in a table created where its search path says. */
    private static final String RECORD_SETTINGS = "CREATE TABLE seen AS SELECT current_user::text AS who,"
            + " current_setting('search_path') AS path, current_setting('statement_timeout') AS statement_timeout,"
            + " current_setting('lock_timeout') AS lock_timeout;";

    @Test
    void aLockTimeoutOfZeroSetByOneRevisionDoesNotMakeTheNextWaitForever() throws Exception {
        probe.execute("CREATE TABLE gamma (id int PRIMARY KEY)");
        write(ONE, "", "no lock timeout", "CREATE TABLE delta (id int);\nSET lock_timeout = 0;");
        write(TWO, ONE, "alter gamma", "ALTER TABLE gamma ADD COLUMN note text;");
        Connection holder = db.openConnection();
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            st.execute("LOCK TABLE gamma IN ACCESS EXCLUSIVE MODE");
        }
        // without the fix revision 2 waits until the lock goes, 10 s from now, then succeeds
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
            try (holder) {
                Thread.sleep(10_000);
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> migrations(db.dataSource(), TransactionMode.PER_REVISION).upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("Revision " + TWO + " (" + dir + "/" + TWO + "_alter_gamma.sql) failed in upgrade at line"
                        + " 6: ERROR: canceling statement due to lock timeout (1 attempt, lock_timeout 200 ms each);"
                        + " statement: ALTER TABLE gamma ADD COLUMN note text");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        release.get();
        assertThat(probe.versions()).containsExactly(ONE);
        assertThat(probe.strings("SELECT attname FROM pg_attribute WHERE attrelid = 'gamma'::regclass AND attnum > 0"
                + " ORDER BY attnum")).containsExactly("id");
        assertThat(probe.history()).containsExactly(ONE + " up true", TWO + " up false");
    }

    @ParameterizedTest
    @EnumSource(TransactionMode.class)
    void theNextRevisionAndTheVersionRowSeeTheRunsSettingsNotTheSetsOfTheRevisionBefore(TransactionMode mode)
            throws Exception {
        write(ONE, "", "set everything", "CREATE SCHEMA elsewhere;\nGRANT ALL ON SCHEMA elsewhere TO " + ROLE + ";\n"
                + "SET search_path = elsewhere;\n"
                + "SET statement_timeout = '50ms';\nSET lock_timeout = 0;\nSET ROLE " + ROLE + ";\n"
                + "CREATE TABLE ones_own AS SELECT current_user::text AS who, current_setting('search_path') AS path;");
        write(TWO, ONE, "record settings", "SELECT pg_sleep(0.2);\n" + RECORD_SETTINGS);

        assertThat(migrations(db.dataSource(), mode).upgrade("head").steps()).hasSize(2);

        // inside revision 1 its SETs hold
        assertThat(probe.strings("SELECT who || ' ' || path FROM elsewhere.ones_own"))
                .containsExactly(ROLE + " elsewhere");
        // revision 2 runs as the run started: its table in public, as the connecting user, no statement timeout
        assertThat(probe.strings("SELECT who || ' | ' || path || ' | ' || statement_timeout || ' | ' || lock_timeout"
                + " FROM public.seen")).containsExactly(db.username() + " | \"$user\", public | 0 | 200ms");
        assertThat(probe.strings("SELECT tableowner FROM pg_tables WHERE tablename = 'seen'"))
                .containsExactly(db.username());
        // the version and history rows went to the tables the run uses
        assertThat(probe.versions()).containsExactly(TWO);
        assertThat(probe.history()).containsExactly(ONE + " up true", TWO + " up true");
        assertThat(probe.strings("SELECT table_schema FROM information_schema.tables WHERE table_name IN"
                + " ('alembic_version', 'opsdb_migration_history') ORDER BY 1")).containsExactly("public", "public");
    }

    @Test
    void aSetInAnOutsideTransactionBlockEndsWithItsRevisionAndThePooledConnectionComesBackAsItWent()
            throws Exception {
        write(ONE, "", "set outside", "CREATE SCHEMA elsewhere;\n-- outside-transaction\nSET search_path = elsewhere;\n"
                + "SET statement_timeout = '50ms';\n-- end-outside-transaction\nCREATE TABLE ones_own (id int);");
        write(TWO, ONE, "record settings", RECORD_SETTINGS);
        try (Connection physical = db.openConnection()) {
            // what a pool's connection-init SQL may have set: kept, not reset to the server's default
            execute(physical, "SET search_path = public, elsewhere");
            String before = settings(physical);

            migrations(pooled(physical), TransactionMode.PER_REVISION).upgrade("head");

            assertThat(probe.strings("SELECT path || ' | ' || statement_timeout || ' | ' || lock_timeout FROM"
                    + " public.seen")).containsExactly("public, elsewhere | 0 | 200ms");
            assertThat(settings(physical)).isEqualTo(before)
                    .isEqualTo(db.username() + " | public, elsewhere | 0 | 0 | 0");
        }
        assertThat(probe.strings("SELECT schemaname FROM pg_tables WHERE tablename = 'ones_own'"))
                .containsExactly("elsewhere");
    }

    @Test
    void aFailedRevisionsSetsAreUndoneForItsHistoryRowAndThePooledConnection() throws Exception {
        write(ONE, "", "create gamma", "CREATE TABLE gamma (id int);");
        write(TWO, ONE, "set then fail", "-- outside-transaction\nSET search_path = nowhere;\nSET ROLE " + ROLE
                + ";\n-- end-outside-transaction\nSELECT 1 / 0;");
        try (Connection physical = db.openConnection()) {
            String before = settings(physical);
            assertThatThrownBy(() -> migrations(pooled(physical), TransactionMode.PER_REVISION).upgrade("head"))
                    .hasMessage("Revision " + TWO + " (" + dir + "/" + TWO + "_set_then_fail.sql) failed in upgrade"
                            + " at line 10: ERROR: division by zero; statement: SELECT 1 / 0");
            assertThat(settings(physical)).isEqualTo(before);
        }
        // the failure's history row is written after the rollback, as the run's user, to the run's history table
        assertThat(probe.versions()).containsExactly(ONE);
        assertThat(probe.history()).containsExactly(ONE + " up true", TWO + " up false");
    }

    private static String settings(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user::text"
                + " || ' | ' || current_setting('search_path') || ' | ' || current_setting('lock_timeout') || ' | '"
                + " || current_setting('statement_timeout') || ' | '"
                + " || current_setting('client_connection_check_interval')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** A pool of one: hands out the same physical connection, whose {@code close()} gives it back, as a pool's does. */
    private static DataSource pooled(Connection physical) {
        Connection handle = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new DataSource() {
            @Override
            public Connection getConnection() {
                return handle;
            }

            @Override
            public Connection getConnection(String user, String password) {
                return handle;
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
