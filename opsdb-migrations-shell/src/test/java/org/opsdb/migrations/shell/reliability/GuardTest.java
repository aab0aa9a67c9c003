package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.shell.InProcessConsole;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The production guard in the console: under a guarded profile (matched ignoring case) every destructive command
 * ({@code downgrade} to any revision, {@code stamp}, {@code roundtrip}, {@code init --drop}) is refused with one
 * line, exit 1 and the database unchanged; their {@code --sql} forms still print; {@code --allow-destructive}
 * runs the command and says so on standard error (one-shot) and in the log.
 */
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
@FreshDatabase
@Timeout(240)
class GuardTest {

    private static final List<String> DESTRUCTIVE = List.of("downgrade base", "downgrade -1", "downgrade " + A,
            "downgrade " + B, "stamp base", "stamp " + C, "stamp " + A, "roundtrip", "init --drop");

    private final TestDatabase db;
    @TempDir
    Path dir;

    GuardTest(TestDatabase db) {
        this.db = db;
    }

    private InProcessConsole console(String... more) {
        List<String> properties = new ArrayList<>(List.of("opsdb.migrations.locations=" + dir,
                "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password()));
        properties.addAll(List.of(more));
        return new InProcessConsole(properties.toArray(String[]::new));
    }

    private static String refusal(String command, String profile) {
        return "Refusing to run '" + command + "': active profile '" + profile + "' matches"
                + " opsdb.migrations.guarded-profiles (prod, prod-*, *-prod, *production*); add --allow-destructive"
                + " to run it anyway\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRODUCTION", "Production", "prod", "eu-production", "production-eu", "live-prod"})
    void everyDestructiveCommandIsRefusedUnderAGuardedProfile(String profile) {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
        try (InProcessConsole console = console("spring.profiles.active=metrics," + profile)) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
            List<String> before = DatabaseSnapshot.capture(db);
            assertThat(before).contains("version " + C);
            for (String command : DESTRUCTIVE) {
                assertThat(console.run(command)).as(command)
                        .isEqualTo(new ConsoleResult("", refusal(command, profile), 1));
                assertThat(DatabaseSnapshot.capture(db)).as(command).isEqualTo(before);
            }
            ConsoleResult sql = console.run("downgrade " + C + ":base --sql");
            assertThat(sql.exitCode()).isZero();
            assertThat(sql.stdout()).contains("DROP TABLE gamma;");
            assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "staging", "test"})
    void otherProfilesRunDestructiveCommands(String profile) {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
        try (InProcessConsole console = console("spring.profiles.active=" + profile)) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
            assertThat(console.run("downgrade " + A).exitCode()).isZero();
            assertThat(DatabaseSnapshot.capture(db)).contains("version " + A);
            assertThat(console.run("stamp base").exitCode()).isZero();
            assertThat(DatabaseSnapshot.capture(db)).noneMatch(line -> line.startsWith("version "));
        }
    }

    @Test
    void theGuardedProfilesAreConfigurable() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
        try (InProcessConsole console = console("spring.profiles.active=live-eu",
                "opsdb.migrations.guarded-profiles=live-*,dr")) {
            assertThat(console.run("upgrade head").exitCode()).isZero();
            assertThat(console.run("stamp base")).isEqualTo(new ConsoleResult("", "Refusing to run 'stamp base':"
                    + " active profile 'live-eu' matches opsdb.migrations.guarded-profiles (live-*, dr); add"
                    + " --allow-destructive to run it anyway\n", 1));
        }
        try (InProcessConsole console = console("spring.profiles.active=production",
                "opsdb.migrations.guarded-profiles=")) {
            assertThat(console.run("stamp base").exitCode()).isZero();
        }
    }

    @Test
    void theOverrideRunsTheCommandAndIsReportedOnStandardError() throws Exception {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
        List<String> options = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", db.username(),
                "--location", dir.toString(), "--spring.profiles.active=Production"));
        if (db.password() != null) {
            options.addAll(List.of("--password", db.password()));
        }
        String[] connection = options.toArray(String[]::new);

        ConsoleResult up = ChildConsole.start(args(connection, "upgrade", "head")).await(120);
        assertThat(up.exitCode()).as(up.stderr()).isZero();
        ConsoleResult refused = ChildConsole.start(args(connection, "downgrade", "base")).await(120);
        assertThat(refused).isEqualTo(new ConsoleResult("", refusal("downgrade base", "Production"), 1));
        assertThat(DatabaseSnapshot.capture(db)).contains("version " + C);

        ConsoleResult down = ChildConsole.start(args(connection, "downgrade", "base", "--allow-destructive"))
                .await(120);

        // the steps' wording belongs to the console's output format; what matters here is that they ran
        assertThat(down.exitCode()).isZero();
        assertThat(down.stdout()).contains("create gamma", "create beta", "create alpha");
        assertThat(down.stderr()).isEqualTo("WARN Running 'downgrade base' under guarded profile 'Production'"
                + " because --allow-destructive was given\n");
        assertThat(DatabaseSnapshot.capture(db)).noneMatch(line -> line.matches("column (alpha|beta|gamma)\\..*")
                || line.startsWith("version "));
    }

    private static String[] args(String[] connection, String... command) {
        List<String> all = new ArrayList<>(List.of(connection));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }
}
