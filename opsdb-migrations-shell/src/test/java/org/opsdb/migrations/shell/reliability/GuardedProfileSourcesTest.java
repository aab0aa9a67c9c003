package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.C;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opsdb.consoleapp.v2.ConsoleAppV2;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.shell.ConsoleProcess;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A guarded profile is guarded however it comes into effect: {@code spring.profiles.active},
 * {@code spring.profiles.default} as a property and as {@code SPRING_PROFILES_DEFAULT}, {@code spring.profiles.include},
 * and as a member of a profile group (of an active or of a default profile). Each way, in the standalone console and
 * in a service's console (child JVMs): the destructive command is refused with one line naming the profile, exit 1,
 * nothing on standard output, the database unchanged. (The default-profile ways used to run the command: a
 * {@code downgrade -1}, a {@code stamp base}, an {@code init --drop} that wiped the database.)
 */
@FreshDatabase
@Timeout(600)
class GuardedProfileSourcesTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    GuardedProfileSourcesTest(TestDatabase db) {
        this.db = db;
    }

    /** How the profile comes into effect: extra environment variables, extra options, and the refusal's words. */
    static Stream<Arguments> ways() {
        return Stream.of(
                Arguments.of("active", Map.of(), List.of("--spring.profiles.active=prod"), "active profile 'prod'"),
                Arguments.of("default property", Map.of(), List.of("--spring.profiles.default=prod"),
                        "default profile 'prod'"),
                Arguments.of("default variable", Map.of("SPRING_PROFILES_DEFAULT", "production"), List.of(),
                        "default profile 'production'"),
                Arguments.of("include", Map.of(), List.of("--spring.profiles.active=local",
                        "--spring.profiles.include=eu-prod"), "active profile 'eu-prod'"),
                Arguments.of("group of an active profile", Map.of(), List.of("--spring.profiles.active=live",
                        "--spring.profiles.group.live=metrics,production-eu"), "active profile 'production-eu'"),
                Arguments.of("group of a default profile", Map.of("SPRING_PROFILES_DEFAULT", "live"),
                        List.of("--spring.profiles.group.live=prod"), "default profile 'prod'"));
    }

    private static String refusal(String command, String profile) {
        return "Refusing to run '" + command + "': " + profile + " matches opsdb.migrations.guarded-profiles (prod,"
                + " prod-*, *-prod, *production*); add --allow-destructive to run it anyway\n";
    }

    private Map<String, String> connection(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of("SPRING_DATASOURCE_URL", db.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", db.username()));
        if (db.password() != null) {
            env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        }
        env.putAll(more);
        return env;
    }

    private static String[] args(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void theStandaloneConsoleRefusesDowngradeAndStamp(String way, Map<String, String> env, List<String> options,
            String profile) {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
        Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load().upgrade("head");
        List<String> before = DatabaseSnapshot.capture(db);
        assertThat(before).contains("version " + C);
        List<String> withLocation = new ArrayList<>(List.of("--location", dir.toString()));
        withLocation.addAll(options);

        assertThat(ConsoleProcess.run(connection(env), args(withLocation, "downgrade", "-1")))
                .isEqualTo(new ConsoleResult("", refusal("downgrade -1", profile), 1));
        assertThat(ConsoleProcess.run(connection(env), args(withLocation, "stamp", "base")))
                .isEqualTo(new ConsoleResult("", refusal("stamp base", profile), 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void aServicesConsoleRefusesInitDrop(String way, Map<String, String> env, List<String> options, String profile)
            throws SQLException {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Migrations.configure().dataSource(db.dataSource()).locations("classpath:db/consoleapp").load()
                .upgrade("head");
        DatabaseSnapshot.execute(db, "INSERT INTO telescope VALUES (1, 'VLT')");
        List<String> before = DatabaseSnapshot.capture(db);
        Map<String, String> service = new HashMap<>(connection(env));
        service.put("OPSDB_MIGRATIONS_LOCATIONS", "classpath:db/consoleapp");

        assertThat(ConsoleProcess.run(ConsoleAppV2.class, service, args(List.of("console"), args(options, "init",
                "--drop")))).isEqualTo(new ConsoleResult("", refusal("init --drop", profile), 1));
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
        assertThat(names()).containsExactly("VLT");
    }

    private List<String> names() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM telescope ORDER BY id")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
