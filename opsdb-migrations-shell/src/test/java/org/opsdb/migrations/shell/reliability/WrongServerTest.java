package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleProcess;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.NotPostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A console pointed at the wrong place never hangs and says what is wrong in one line (child JVMs; exit 1, nothing on
 * standard output): a port that accepts and never answers ends after {@code loginTimeout} (10 s unless the URL sets
 * it), an HTTP server at once; a URL that ends in a line break (a value read from a file or a secret) is refused
 * naming the property or option, before any connection, and the database is unchanged.
 */
@FreshDatabase
@Timeout(240)
class WrongServerTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    WrongServerTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void aPortThatAcceptsAndNeverAnswersEndsTheConsoleAfterTheLoginTimeout() throws Exception {
        Revisions.layOut(dir, Revisions.chain());
        try (NotPostgresServer silent = NotPostgresServer.silent()) {
            long start = System.nanoTime();
            ConsoleResult result = ChildConsole.start("--url", silent.jdbcUrl(), "--location", dir.toString(),
                    "upgrade", "head").await(90);
            assertThat(result).isEqualTo(new ConsoleResult("", "Cannot connect to the database: the server at"
                    + " 127.0.0.1:" + silent.port() + " did not answer as PostgreSQL within 10 s (loginTimeout: 10 s"
                    + " unless the URL sets loginTimeout=SECONDS)\n", 1));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(10));

            ConsoleResult shorter = ChildConsole.start("--url", silent.jdbcUrl() + "?loginTimeout=2", "--location",
                    dir.toString(), "current").await(60);
            assertThat(shorter).isEqualTo(new ConsoleResult("", "Cannot connect to the database: the server at"
                    + " 127.0.0.1:" + silent.port() + " did not answer as PostgreSQL within 2 s (loginTimeout=2 in the"
                    + " URL)\n", 1));
        }
    }

    @Test
    void anHttpServerIsOneLineAtOnce() throws Exception {
        Revisions.layOut(dir, Revisions.chain());
        try (NotPostgresServer http = NotPostgresServer.http()) {
            ConsoleResult result = ChildConsole.start("--url", http.jdbcUrl(), "--location", dir.toString(),
                    "upgrade", "head").await(60);
            assertThat(result).isEqualTo(new ConsoleResult("", "Cannot connect to the database: the server at"
                    + " 127.0.0.1:" + http.port() + " did not answer as PostgreSQL: An error occurred while setting up"
                    + " the SSL connection.\n", 1));
        }
    }

    @Test
    void aUrlEndingInALineBreakIsRefusedNamingTheSetting() throws Exception {
        Revisions.layOut(dir, Revisions.chain());
        List<String> before = DatabaseSnapshot.capture(db);
        String url = db.jdbcUrl() + "\n";
        String escaped = db.jdbcUrl() + "\\n\"; remove it\n";
        String where = " contains a line break (character " + url.length() + "): \"";

        List<String> args = new ArrayList<>(List.of("--url", url, "--user", db.username()));
        if (db.password() != null) {
            args.addAll(List.of("--password", db.password()));
        }
        args.addAll(List.of("--location", dir.toString(), "upgrade", "head"));
        assertThat(ChildConsole.start(args.toArray(String[]::new)).await(60))
                .isEqualTo(new ConsoleResult("", "spring.datasource.url" + where + escaped, 1));

        assertThat(ConsoleProcess.run(Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME",
                db.username() + "\n"), "--location", dir.toString(), "current"))
                .isEqualTo(new ConsoleResult("", "spring.datasource.url" + where + escaped, 1));

        assertThat(ChildConsole.start("diff", "--from", url, "--to", db.jdbcUrl()).await(60))
                .isEqualTo(new ConsoleResult("", "--from" + where + escaped, 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }
}
