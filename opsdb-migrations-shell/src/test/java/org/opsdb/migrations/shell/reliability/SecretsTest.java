package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleProcess;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.shell.InProcessConsole;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The password never appears in what the console prints: not for a wrong password, an unreachable host or a missing
 * database (child JVMs, standard output and standard error read whole), and not in {@code --sql} output.
 * The wrong-password case needs a server that checks passwords for role {@value #ROLE} (CI's cluster does, through a
 * {@code scram-sha-256} line in {@code pg_hba.conf}); on a server that trusts every login it is skipped.
 */
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
@FreshDatabase
@Timeout(180)
class SecretsTest {

    static final String ROLE = "opsdb_password_check";
    static final String SECRET = "S3cr3t-pw!";

    private final TestDatabase db;
    @TempDir
    Path dir;

    SecretsTest(TestDatabase db) {
        this.db = db;
    }

    private static void noSecret(ConsoleResult result) {
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().lines()).hasSize(1);
        assertThat(result.stdout() + result.stderr()).doesNotContain(SECRET).doesNotContain("S3cr3t");
    }

    @Test
    void wrongPasswordIsOneLineWithoutThePassword() throws Exception {
        DatabaseSnapshot.execute(db, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE
                + "') THEN CREATE ROLE " + ROLE + " LOGIN PASSWORD 'the-right-one'; END IF; END $$");
        Assumptions.assumeTrue(checksPasswords(), "the test server accepts any password for " + ROLE);
        Revisions.layOut(dir, Revisions.chain());

        ConsoleResult result = ChildConsole.start("--url", db.jdbcUrl(), "--user", ROLE, "--password", SECRET,
                "--location", dir.toString(), "upgrade", "head").await(120);

        noSecret(result);
        assertThat(result.stderr()).isEqualTo("Database refused the login: FATAL: password authentication failed"
                + " for user \"" + ROLE + "\"\n");
    }

    @Test
    void unreachableHostIsOneLineWithoutThePassword() throws Exception {
        ConsoleResult result = ChildConsole.start("--url", "jdbc:postgresql://127.0.0.1:1/ops", "--user", ROLE,
                "--password", SECRET, "--location", dir.toString(), "current").await(120);

        noSecret(result);
        assertThat(result.stderr()).startsWith("Cannot connect to the database: Connection to 127.0.0.1:1 refused.");
    }

    @Test
    void missingDatabaseAndOfflineSqlDoNotShowThePassword() {
        Revisions.layOut(dir, Revisions.chain());
        String missing = db.jdbcUrl().replaceFirst("/" + db.name() + "(\\?|$)", "/opsdb_no_such_database$1");
        try (InProcessConsole console = new InProcessConsole("opsdb.migrations.locations=" + dir,
                "spring.datasource.url=" + missing, "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + SECRET)) {
            ConsoleResult result = console.run("current");
            noSecret(result);
            assertThat(result.stderr()).isEqualTo("Database does not exist: FATAL: database"
                    + " \"opsdb_no_such_database\" does not exist\n");

            ConsoleResult sql = console.run("upgrade base:head --sql");
            assertThat(sql.exitCode()).isZero();
            assertThat(sql.stdout()).contains("CREATE TABLE gamma").doesNotContain(SECRET);
        }
    }

    @Test
    void aPasswordInsideTheUrlIsMaskedInEveryConnectionError() throws Exception {
        Revisions.layOut(dir, Revisions.chain());
        String location = dir.toString();

        ConsoleResult badSyntax = ChildConsole.start("--url", "jdbc:postgresql:/bad syntax?user=u&password=" + SECRET,
                "--location", location, "current").await(120);
        noSecret(badSyntax);
        assertThat(badSyntax.stderr()).isEqualTo("Database error: Unable to parse URL jdbc:postgresql:/bad syntax"
                + "?user=u&password=***\n");

        ConsoleResult unknownHost = ChildConsole.start("--url", "jdbc:postgresql://opsdb-no-such-host.invalid:5432/ops"
                + "?password=" + SECRET, "--location", location, "upgrade", "head").await(120);
        noSecret(unknownHost);
        assertThat(unknownHost.stderr())
                .isEqualTo("Cannot connect to the database: unknown host 'opsdb-no-such-host.invalid'\n");

        ConsoleResult userInfo = ConsoleProcess.run(Map.of("SPRING_DATASOURCE_URL", "postgresql://ops:" + SECRET
                + "@localhost/ops"), "--location", location, "current");
        noSecret(userInfo);
        assertThat(userInfo.stderr()).isEqualTo("Cannot connect to the database: No suitable driver found for"
                + " postgresql://ops:***@localhost/ops\n");

        ConsoleResult environment = ConsoleProcess.run(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql:/bad syntax"
                + "?password=" + SECRET), "--location", location, "current");
        noSecret(environment);
        assertThat(environment.stderr()).isEqualTo("Database error: Unable to parse URL jdbc:postgresql:/bad syntax"
                + "?password=***\n");

        ConsoleResult diff = ChildConsole.start("diff", "--from", "jdbc:postgresql:/bad syntax?password=" + SECRET,
                "--to", db.jdbcUrl()).await(120);
        noSecret(diff);
        assertThat(diff.stderr()).isEqualTo("Cannot read the 'from' database: Unable to parse URL"
                + " jdbc:postgresql:/bad syntax?password=***\n");
    }

    @Test
    void aUserAndPasswordBeforeTheHostAreNotEchoed() throws Exception {
        // the driver takes "secretuser:PASSWORD@127.0.0.1" for the host's name; it used to be echoed whole
        ConsoleResult result = ChildConsole.start("--url", "jdbc:postgresql://secretuser:" + SECRET
                + "@127.0.0.1:5432/ops", "--location", dir.toString(), "current").await(120);
        noSecret(result);
        assertThat(result.stderr()).isEqualTo("Cannot connect to the database: unknown host 'secretuser:***@127.0.0.1':"
                + " give the user and password as the URL's user and password parameters, not before the host\n");
    }

    @Test
    void aWrongPasswordInsideTheUrlIsNotShown() throws Exception {
        Revisions.layOut(dir, Revisions.chain());
        String url = db.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1").replaceAll("[?&]$", "");
        ConsoleResult result = ChildConsole.start("--url", url + (url.contains("?") ? "&" : "?")
                + "user=opsdb_no_such_role&password=" + SECRET, "--location", dir.toString(), "current").await(120);
        noSecret(result);
        assertThat(result.stderr()).startsWith("Database refused the login: FATAL:");
    }

    private boolean checksPasswords() {
        Properties properties = new Properties();
        properties.setProperty("user", ROLE);
        properties.setProperty("password", "certainly-not-" + SECRET);
        String url = db.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1");
        try (var ignored = DriverManager.getConnection(url, properties)) {
            return false;
        } catch (SQLException e) {
            return "28P01".equals(e.getSQLState());
        }
    }
}
