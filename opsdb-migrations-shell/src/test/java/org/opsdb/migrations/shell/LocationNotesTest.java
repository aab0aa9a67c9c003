package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone console, as {@code bin/opsdb} runs it ({@code OPSDB_CONSOLE_LOCATION_NOTES=true}), tells the user
 * on standard error when it cannot serve a location (a {@code classpath:} location, the default included, or a
 * directory holding Java migrations) and what to run instead, from the locations it bound itself (options,
 * comma-separated values, {@code OPSDB_MIGRATIONS_LOCATIONS}); child JVMs. Without the switch (a service's
 * console, the console run some other way) it says nothing.
 */
class LocationNotesTest {

    private static final Map<String, String> AS_BIN_OPSDB = Map.of("OPSDB_CONSOLE_LOCATION_NOTES", "true");
    private static final String SERVICE_CONSOLE = "java -jar your-service.jar console <command> (docs/console.md)";
    private static final String REVISION = "-- revision: a10000000001\n-- down_revision:\n-- message: first\n\n"
            + "-- upgrade\nCREATE TABLE first (id int);\n\n-- downgrade\nDROP TABLE first;\n";

    @TempDir
    Path dir;

    static String classpathNote(String location) {
        return "opsdb: note: location '" + location + "' is read from this console's own jar, not from your"
                + " service: the standalone console cannot see a service's classpath nor run its Java migrations;"
                + " give the SQL scripts' directory (--location <dir>), or use the service's console: "
                + SERVICE_CONSOLE + "\n";
    }

    private Path sqlRevisions(String name) throws Exception {
        Path sql = Files.createDirectories(dir.resolve(name));
        Files.writeString(sql.resolve("a10000000001_first.sql"), REVISION);
        return sql;
    }

    @Test
    void aDirectoryOfSqlRevisionsRunsWithoutANote() throws Exception {
        Path sql = sqlRevisions("sql");
        ConsoleResult result = ConsoleProcess.run(AS_BIN_OPSDB, "--location", sql.toString(), "heads");
        assertThat(result).isEqualTo(new ConsoleResult("a10000000001 (head)\n", "", 0));
    }

    @Test
    void diffReadsNoMigrationsSoItHasNoNote() {
        String url = System.getenv().getOrDefault("OPSDB_TEST_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres");
        ConsoleResult result = ConsoleProcess.run(AS_BIN_OPSDB, "diff", "--from", url, "--to", url, "--schema",
                "public");
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(ConsoleProcess.run(AS_BIN_OPSDB, "heads").stderr())
                .isEqualTo(classpathNote("classpath:db/migrations"));
    }

    @Test
    void flywaysFilesystemPrefixNamesTheDirectory() throws Exception {
        Path sql = sqlRevisions("sql");
        ConsoleResult result = ConsoleProcess.run(AS_BIN_OPSDB, "--location", "filesystem:" + sql, "heads");
        assertThat(result).isEqualTo(new ConsoleResult("a10000000001 (head)\n", "", 0));
        Files.writeString(sql.resolve("R0b0000000002_Seed.java"), "");
        assertThat(ConsoleProcess.run(AS_BIN_OPSDB, "--location", "filesystem:" + sql, "heads").stderr())
                .isEqualTo("opsdb: note: " + sql + " holds Java migrations (e.g. R0b0000000002_Seed.java), which"
                        + " the standalone console cannot run: it runs only the SQL revisions; run the Java ones with"
                        + " the service's console: " + SERVICE_CONSOLE + "\n");
    }

    @Test
    void javaMigrationsAndClasspathLocationsAreExplained() throws Exception {
        Path mixed = Files.createDirectories(sqlRevisions("mixed").resolve("db"));
        Files.writeString(mixed.resolve("R0b0000000002_Seed.java"), "");
        Files.writeString(mixed.resolve("S0c0000000003_Later.java"), "");
        String mixedNote = "opsdb: note: " + mixed + " holds Java migrations (e.g. R0b0000000002_Seed.java), which"
                + " the standalone console cannot run: it runs only the SQL revisions; run the Java ones with the"
                + " service's console: " + SERVICE_CONSOLE + "\n";
        ConsoleResult result = ConsoleProcess.run(AS_BIN_OPSDB, "--location=file:" + mixed + ",classpath:db/console",
                "heads");
        assertThat(result.stderr()).isEqualTo(mixedNote + classpathNote("classpath:db/console"));
        assertThat(result.exitCode()).isZero();

        Map<String, String> environment = Map.of("OPSDB_CONSOLE_LOCATION_NOTES", "true",
                "OPSDB_MIGRATIONS_LOCATIONS", "file:" + mixed + " , classpath:db/console");
        assertThat(ConsoleProcess.run(environment, "heads").stderr())
                .isEqualTo(mixedNote + classpathNote("classpath:db/console"));
        assertThat(ConsoleProcess.run(AS_BIN_OPSDB, "history").stderr())
                .startsWith(classpathNote("classpath:db/migrations"));
    }

    @Test
    void helpAndAConsoleNotRunByBinOpsdbSayNothing() throws Exception {
        assertThat(ConsoleProcess.run(AS_BIN_OPSDB, "--help").stderr()).isEmpty();
        ConsoleResult plain = ConsoleProcess.run(Map.of(), "--location=classpath:db/console", "heads");
        assertThat(plain.stderr()).isEmpty();
        assertThat(plain.exitCode()).isZero();
    }
}
