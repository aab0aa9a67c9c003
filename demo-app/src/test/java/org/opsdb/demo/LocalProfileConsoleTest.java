package org.opsdb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The demo's {@code local} profile in console mode ({@code java -jar demo-app.jar console …}, a child JVM with no
 * SPRING_, OPSDB_ or CCAT_ variables inherited): without the ops-db user variable the start fails with one line on
 * standard error naming it, and nothing (no stack trace) on standard output; with {@code _USERNAME} instead of
 * {@code _USER} it connects.
 */
@FreshDatabase
@Timeout(300)
class LocalProfileConsoleTest {

    private static final String PREFIX = "CCAT_OPS_DB_DATABASE_POSTGRESQL_";

    private final TestDatabase db;
    @TempDir
    Path dir;

    LocalProfileConsoleTest(TestDatabase db) {
        this.db = db;
    }

    private record Run(String stdout, String stderr, int exitCode) {
    }

    private Run console(Map<String, String> environment, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                OpsDbDemoApplication.class.getName(), "console"));
        line.addAll(List.of(command));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("OPSDB_")
                || k.startsWith("CCAT_"));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "local");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the console did not end");
        }
        return new Run(read(out), read(err), process.exitValue());
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void withoutTheUserVariableTheStartFailsWithOneLineNamingIt() throws Exception {
        Run run = console(Map.of(), "current");

        assertThat(run).isEqualTo(new Run("", "Missing environment variable " + PREFIX + "USER (or " + PREFIX
                + "USERNAME): the ops-db database localhost:5432/ccat_ops_db needs a user\n", 1));
    }

    @Test
    void usernameIsAcceptedAsWellAsUser() throws Exception {
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        Run run = console(Map.of(PREFIX + "HOST", uri.getHost(), PREFIX + "PORT", String.valueOf(uri.getPort()),
                PREFIX + "DATABASE", db.name(), PREFIX + "USERNAME", db.username(),
                PREFIX + "PASSWORD", db.password() == null ? "" : db.password()), "upgrade", "head");

        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
        try (Connection c = db.openConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM alembic_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
