package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.NotPostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@link UrlDataSource} bounds a connection attempt ({@code loginTimeout}, 10 s unless the URL sets it) and says in
 * one line which server did not answer as PostgreSQL, and which setting ended the wait: a local port that accepts and
 * never answers, one that answers HTTP, one that hangs up. The bound holds only while connecting: a statement longer
 * than it runs to its end. What the URL sets is kept. A URL with a line break in it is refused.
 */
@FreshDatabase
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectTimeoutTest {

    private final TestDatabase db;

    ConnectTimeoutTest(TestDatabase db) {
        this.db = db;
    }

    private static String failure(UrlDataSource dataSource) {
        try (Connection ignored = dataSource.getConnection()) {
            throw new AssertionError("connected");
        } catch (SQLException e) {
            return ConnectionErrors.describe(e);
        }
    }

    @Test
    void aPortThatNeverAnswersEndsAfterTheLoginTimeoutWithOneLine() {
        try (NotPostgresServer silent = NotPostgresServer.silent()) {
            assertNeverAnswered(silent.port());
        }
    }

    private static void assertNeverAnswered(int port) {
        UrlDataSource defaults = new UrlDataSource("jdbc:postgresql://127.0.0.1:" + port + "/ops", "ops", null);
        defaults.setLoginTimeout(2);
        long start = System.nanoTime();
        assertThat(failure(defaults)).isEqualTo("Cannot connect to the database: the server at 127.0.0.1:" + port
                + " did not answer as PostgreSQL within 2 s (loginTimeout: 2 s unless the URL sets"
                + " loginTimeout=SECONDS)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1900),
                Duration.ofSeconds(5));

        assertThat(failure(new UrlDataSource("jdbc:postgresql://127.0.0.1:" + port + "/ops?loginTimeout=1", "ops",
                null))).isEqualTo("Cannot connect to the database: the server at 127.0.0.1:" + port
                + " did not answer as PostgreSQL within 1 s (loginTimeout=1 in the URL)");
        // a socket timeout the URL sets is the URL's (pgjdbc waits for it twice: with TLS, then without)
        assertThat(failure(new UrlDataSource("jdbc:postgresql://127.0.0.1:" + port + "/ops?socketTimeout=1", "ops",
                null))).isEqualTo("Cannot connect to the database: the server at 127.0.0.1:" + port
                + " did not answer as PostgreSQL within 1 s (socketTimeout=1 in the URL)");
    }

    @Test
    void theDefaultBoundIsTenSeconds() {
        assertThat(new UrlDataSource("jdbc:postgresql://127.0.0.1:1/ops", null, null).getLoginTimeout())
                .isEqualTo(UrlDataSource.DEFAULT_LOGIN_TIMEOUT_SECONDS).isEqualTo(10);
    }

    @Test
    void anHttpServerOrAPortThatHangsUpIsOneLineAtOnce() {
        try (NotPostgresServer httpServer = NotPostgresServer.http();
             NotPostgresServer hangingUp = NotPostgresServer.hangingUp()) {
            assertNotPostgres(httpServer.port(), hangingUp.port());
        }
    }

    private static void assertNotPostgres(int http, int hangUp) {
        assertThat(failure(new UrlDataSource("jdbc:postgresql://127.0.0.1:" + http + "/ops", "ops", null)))
                .isEqualTo("Cannot connect to the database: the server at 127.0.0.1:" + http + " did not answer as"
                        + " PostgreSQL: An error occurred while setting up the SSL connection.");
        assertThat(failure(new UrlDataSource("jdbc:postgresql://127.0.0.1:" + http + "/ops?sslmode=disable", "ops",
                null))).startsWith("Cannot connect to the database: the server at 127.0.0.1:" + http + " did not"
                + " answer as PostgreSQL: ");
        assertThat(failure(new UrlDataSource("jdbc:postgresql://127.0.0.1:" + hangUp + "/ops", "ops", null)))
                .isEqualTo("Cannot connect to the database: the server at 127.0.0.1:" + hangUp + " closed the"
                        + " connection without answering as PostgreSQL");
    }

    @Test
    void theMessageNamesEveryServerOfTheUrl() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://db1,db2:6543,[::1]/ops?loginTimeout=3").serverList())
                .isEqualTo("db1:5432, db2:6543, [::1]:5432");
        assertThat(PostgresUrl.parse("jdbc:postgresql:ops").serverList()).isEqualTo("localhost:5432");
        assertThat(PostgresUrl.parse("jdbc:postgresql://db/ops?loginTimeout=3").seconds("loginTimeout")).isEqualTo(3);
        assertThat(PostgresUrl.parse("jdbc:mysql://db/ops")).isNull();
    }

    @Test
    void anotherDatabaseOnTheSameServersKeepsServersAndParameters() {
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://db1,db2:6543/ops?ssl=true&user=u", "scratch_1"))
                .isEqualTo("jdbc:postgresql://db1,db2:6543/scratch_1?ssl=true&user=u");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://db:5433?user=u", "s")).isEqualTo("jdbc:postgresql://db:5433/s?user=u");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql:ops", "s")).isEqualTo("jdbc:postgresql:s");
        assertThat(PostgresUrl.withDatabase("jdbc:mysql://db/ops", "s")).isNull();
    }

    @Test
    void aStatementLongerThanTheLoginTimeoutRunsToItsEnd() throws Exception {
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "loginTimeout=1";
        try (Connection connection = new UrlDataSource(url, db.username(), db.password()).getConnection();
             Statement st = connection.createStatement()) {
            assertThat(connection.getNetworkTimeout()).isZero();
            st.execute("SELECT pg_sleep(2.5)");
        }
    }

    @Test
    void aSocketTimeoutTheUrlSetsIsKept() throws Exception {
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "socketTimeout=1";
        try (Connection connection = new UrlDataSource(url, db.username(), db.password()).getConnection();
             Statement st = connection.createStatement()) {
            assertThat(connection.getNetworkTimeout()).isEqualTo(1000);
            assertThatThrownBy(() -> st.execute("SELECT pg_sleep(2)")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aUrlOrUserWithALineBreakIsRefusedNamingIt() {
        assertThatThrownBy(() -> new UrlDataSource("jdbc:postgresql://h/db?password=S3cr3t&user=ops\n", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the JDBC URL contains a line break (character 48):"
                        + " \"jdbc:postgresql://h/db?password=***&user=ops\\n\"; remove it");
        assertThat(UrlDataSource.refuseControlCharacters("spring.datasource.url", "jdbc:postgresql://h/db"))
                .isEqualTo("jdbc:postgresql://h/db");
        assertThatThrownBy(() -> UrlDataSource.refuseControlCharacters("spring.datasource.username", "ops\r\n"))
                .hasMessage("spring.datasource.username contains a line break (character 4): \"ops\\r\\n\"; remove it");
        assertThatThrownBy(() -> UrlDataSource.refuseControlCharacters("--from", "jdbc:postgresql://h/\tdb"))
                .hasMessage("--from contains a tab (character 21): \"jdbc:postgresql://h/\\tdb\"; remove it");
        assertThatThrownBy(() -> UrlDataSource.refuseControlCharacters("--to", "jdbc:postgresql://h/db\u0007"))
                .hasMessage("--to contains a control character (U+0007) (character 23):"
                        + " \"jdbc:postgresql://h/db\\u0007\"; remove it");
    }
}
