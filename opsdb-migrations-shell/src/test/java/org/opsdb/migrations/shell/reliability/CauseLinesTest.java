package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.consoleapp.v2.ConsoleAppV2;
import org.opsdb.migrations.shell.ConsoleProcess;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Lines that used to name the wrong thing, or nothing (child JVMs): a service's console that cannot reach its
 * database names the connection error (it used to print Hibernate's "Unable to determine Dialect without JDBC
 * metadata"); an empty {@code --location} names the option; a revision message's control characters reach the
 * terminal escaped; a {@code --directory} that cannot be written names the reason.
 */
@FreshDatabase
@Timeout(600)
class CauseLinesTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    CauseLinesTest(TestDatabase db) {
        this.db = db;
    }

    private Map<String, String> connection() {
        Map<String, String> env = new HashMap<>(Map.of("SPRING_DATASOURCE_URL", db.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", db.username()));
        if (db.password() != null) {
            env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        }
        return env;
    }

    private boolean roleExists(String role) {
        try (java.sql.Connection c = db.openConnection();
                java.sql.PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            s.setString(1, role);
            try (java.sql.ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsoleResult failure(String line) {
        return new ConsoleResult("", line + "\n", 1);
    }

    @Test
    void aServicesConsoleNamesTheConnectionErrorNotHibernatesDialect() {
        Map<String, String> unknownHost = Map.of("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://opsdb-no-such-host.invalid:5432/ops", "OPSDB_MIGRATIONS_LOCATIONS",
                "classpath:db/consoleapp");
        assertThat(ConsoleProcess.run(ConsoleAppV2.class, unknownHost, "console", "current"))
                .isEqualTo(failure("Cannot connect to the database: unknown host 'opsdb-no-such-host.invalid'"));

        List<String> before = DatabaseSnapshot.capture(db);
        Map<String, String> unknownRole = new HashMap<>(connection());
        unknownRole.put("SPRING_DATASOURCE_URL", db.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1")
                .replaceAll("[?&]$", ""));
        unknownRole.put("SPRING_DATASOURCE_USERNAME", "opsdb_no_such_role");
        unknownRole.put("OPSDB_MIGRATIONS_LOCATIONS", "classpath:db/consoleapp");
        assertThat(ConsoleProcess.run(ConsoleAppV2.class, unknownRole, "console", "upgrade", "head"))
                .isEqualTo(failure("Database refused the login: FATAL: role \"opsdb_no_such_role\" does not exist"));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);

        // no user at all: the driver logs in as the OS user, and the line says how to give one
        Map<String, String> noUser = new HashMap<>(unknownRole);
        noUser.remove("SPRING_DATASOURCE_USERNAME");
        noUser.remove("SPRING_DATASOURCE_PASSWORD");
        String osUser = System.getProperty("user.name");
        String noUserLine = "Database refused the login: FATAL: role \"" + osUser + "\" does not exist (no user was"
                + " given; pass --user or set SPRING_DATASOURCE_USERNAME)";
        org.junit.jupiter.api.Assumptions.assumeFalse(roleExists(osUser), "the server has a role for the OS user");
        assertThat(ConsoleProcess.run(ConsoleAppV2.class, noUser, "console", "upgrade", "head"))
                .isEqualTo(failure(noUserLine));
        assertThat(ConsoleProcess.run(noUser, "current")).isEqualTo(failure(noUserLine));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);

        // the console no longer connects while it starts, so what needs no database works without one
        ConsoleResult offline = ConsoleProcess.run(ConsoleAppV2.class, unknownHost, "console", "upgrade",
                "base:head", "--sql");
        assertThat(offline.exitCode()).as(offline.stderr()).isZero();
        assertThat(offline.stdout()).contains("CREATE TABLE telescope");
    }

    @Test
    void anEmptyLocationNamesTheOptionOrTheSetting() {
        Revisions.layOut(dir, Revisions.chain());
        List<String> before = DatabaseSnapshot.capture(db);
        String option = "Option '--location' is empty; name a directory, a file: URL, a filesystem: path or a"
                + " classpath: path";
        assertThat(ConsoleProcess.run(connection(), "--location", "", "upgrade", "head")).isEqualTo(failure(option));
        assertThat(ConsoleProcess.run(connection(), "--location=", "upgrade", "head")).isEqualTo(failure(option));
        Map<String, String> emptyVariable = new HashMap<>(connection());
        emptyVariable.put("OPSDB_MIGRATIONS_LOCATIONS", " , ");
        assertThat(ConsoleProcess.run(emptyVariable, "upgrade", "head")).isEqualTo(failure(
                "opsdb.migrations.locations is empty; name a directory, a file: URL, a filesystem: path or a classpath:"
                        + " path"));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @Test
    void controlCharactersInARevisionMessageAreEscaped() {
        Revisions.layOut(dir, Map.of(A + "_create_alpha.sql", Revisions.sql(A, null,
                "\u001b[31mred\u001b[0m \u0007 \u202Eevil", "CREATE TABLE alpha (id int);", "DROP TABLE alpha;")));
        String message = "\\x1B[31mred\\x1B[0m \\x07 \\u202Eevil";

        ConsoleResult history = ConsoleProcess.run(Map.of(), "--location", dir.toString(), "history");
        assertThat(history).isEqualTo(new ConsoleResult("<base> -> " + A + " (head), " + message + "\n", "", 0));
        ConsoleResult show = ConsoleProcess.run(Map.of(), "--location", dir.toString(), "show", A);
        assertThat(show.exitCode()).isZero();
        assertThat(show.stdout()).contains("    " + message + "\n").doesNotContain("\u001b", "\u0007", "\u202E");
        ConsoleResult upgrade = ConsoleProcess.run(connection(), "--location", dir.toString(), "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.stderr()).isZero();
        assertThat(upgrade.stdout()).startsWith("Running upgrade  -> " + A + ", " + message + " ... done")
                .doesNotContain("\u001b", "\u0007", "\u202E");
    }

    @Test
    void aDirectoryThatCannotBeWrittenNamesTheReason() throws Exception {
        Revisions.layOut(dir, Revisions.chain());
        String location = dir.toString();
        // root may write anywhere a permission allows; sysfs takes no new files and procfs no new directories
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys/kernel")) && Files.isDirectory(Path.of("/proc/self")),
                "needs Linux's /sys and /proc");

        ConsoleResult sysfs = ConsoleProcess.run(Map.of(), "--location", location, "revision", "-m", "add x",
                "--directory", "/sys/kernel");
        assertThat(sysfs.exitCode()).isEqualTo(1);
        assertThat(sysfs.stdout()).isEmpty();
        assertThat(sysfs.stderr())
                .matches("Cannot write revision file /sys/kernel/[0-9a-f]{12}_add_x\\.sql: permission denied\n");

        assertThat(ConsoleProcess.run(Map.of(), "--location", location, "revision", "-m", "add x", "--directory",
                "/proc/opsdb-no-such-directory")).isEqualTo(failure("Cannot create the revision directory"
                        + " /proc/opsdb-no-such-directory: no such file or directory"));

        Path file = Files.writeString(dir.resolve("not-a-directory"), "");
        assertThat(ConsoleProcess.run(Map.of(), "--location", location, "revision", "-m", "add x", "--directory",
                file.resolve("sub").toString())).isEqualTo(failure("Cannot write the revision to '" + file.resolve("sub")
                        + "': " + file + " is not a directory"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "a10000000001_create_alpha.sql", "b20000000002_create_beta.sql", "c30000000003_create_gamma.sql",
                    "not-a-directory");
        }
    }
}
