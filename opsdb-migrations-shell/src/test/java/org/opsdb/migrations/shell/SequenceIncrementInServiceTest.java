package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.consoleapp.sequence.SequenceApp;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A service ({@link SequenceApp}, run as a child JVM with {@code console …}) whose entity allocates ids 20 at a
 * time from a sequence its migrations created with {@code INCREMENT BY 50}: Hibernate would refuse to build the
 * entity manager factory on that mismatch, yet the console starts, {@code check} names the difference,
 * {@code revision --autogenerate} writes it and {@code upgrade head} applies it; afterwards the service boots.
 */
@FreshDatabase
class SequenceIncrementInServiceTest {

    private static final String SCRIPT = "5e9a00000001_create_obs_unit.sql";

    private final TestDatabase db;

    SequenceIncrementInServiceTest(TestDatabase db) {
        this.db = db;
    }

    private ConsoleResult console(Path location, String... command) {
        List<String> args = new ArrayList<>(List.of("console", "--url", db.jdbcUrl(), "--user", db.username()));
        if (db.password() != null) {
            args.addAll(List.of("--password", db.password()));
        }
        args.addAll(List.of("--location", location.toString()));
        args.addAll(List.of(command));
        return ConsoleProcess.run(SequenceApp.class, Map.of(), args.toArray(String[]::new));
    }

    private String increment() throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT increment_by FROM pg_sequences WHERE sequencename = 'obs_unit_seq'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void theConsoleStartsOnTheMismatchAndCheckAutogenerateAndUpgradeResolveIt(@TempDir Path dir) throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        Files.copy(Path.of(getClass().getResource("/db/sequenceapp/" + SCRIPT).toURI()), dir.resolve(SCRIPT));
        assertThat(console(dir, "upgrade", "head").exitCode()).isZero();
        assertThat(increment()).isEqualTo("50");

        assertThat(console(dir, "check"))
                .isEqualTo(new ConsoleResult("alter sequence obs_unit_seq: increment 50 -> 20\n", "", 2));

        ConsoleResult revision = console(dir, "revision", "-m", "allocate 20", "--autogenerate",
                "--directory", dir.toString());
        assertThat(revision.stderr()).isEmpty();
        assertThat(revision.exitCode()).isZero();
        Path file = Path.of(revision.stdout().strip());
        String id = file.getFileName().toString().substring(0, 12);
        assertThat(Files.readString(file).replaceAll("create_date: .*", "create_date: X")).isEqualTo("""
                -- revision: %s
                -- down_revision: 5e9a00000001
                -- message: allocate 20
                -- create_date: X

                -- upgrade
                ALTER SEQUENCE obs_unit_seq INCREMENT BY 20;

                -- downgrade
                ALTER SEQUENCE obs_unit_seq INCREMENT BY 50;
                """.formatted(id));

        ConsoleResult upgrade = console(dir, "upgrade", "head");
        assertThat(upgrade.stderr()).isEmpty();
        assertThat(upgrade.exitCode()).isZero();
        assertThat(increment()).isEqualTo("20");
        assertThat(console(dir, "check"))
                .isEqualTo(new ConsoleResult("No differences between the entity model and the database\n", "", 0));

        // the service itself, with the revision pending, migrates before Hibernate starts and so boots
        assertThat(console(dir, "downgrade", "-1").exitCode()).isZero();
        assertThat(increment()).isEqualTo("50");
        List<String> service = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.username(),
                "--opsdb.migrations.locations=" + dir, "--opsdb.migrations.on-boot=migrate"));
        if (db.password() != null) {
            service.add("--spring.datasource.password=" + db.password());
        }
        assertThat(ConsoleProcess.run(SequenceApp.class, Map.of(), service.toArray(String[]::new)).exitCode())
                .isZero();
        assertThat(increment()).isEqualTo("20");
    }
}
