package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * A Spring property written after the command's words ({@code current --spring.datasource.url=…}) is a property
 * like one written before them; it used to be dropped silently (the console then ran without it). A dotted option
 * with no value is refused in one line. Child consoles on an empty database.
 */
@FreshDatabase
class TrailingPropertyTest {

    private final TestDatabase db;

    TrailingPropertyTest(TestDatabase db) {
        this.db = db;
    }

    /** {@code --location dir command… --spring.datasource.url=… --spring.datasource.username=… [password]}. */
    private ConsoleResult run(Path dir, String... command) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("--location", dir.toString()));
        args.addAll(List.of(command));
        args.addAll(List.of("--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username()));
        if (db.password() != null) {
            args.add("--spring.datasource.password=" + db.password());
        }
        return ChildConsole.start(args.toArray(String[]::new)).await(120);
    }

    @Test
    void aPropertyAfterTheCommandIsUsed(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "current"))
                .isEqualTo(new ConsoleResult("", "The database is at base: no revision applied\n", 0));
    }

    @Test
    void aPropertyAfterTheCommandsOptionsIsUsed(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "history", "--verbose")).isEqualTo(new ConsoleResult("", "", 0));
    }

    @Test
    void aPropertyWithoutValueAfterTheCommandIsRefused(@TempDir Path dir) throws Exception {
        assertThat(ChildConsole.start("--location", dir.toString(), "current", "--spring.profiles.active").await(120))
                .isEqualTo(new ConsoleResult("", "Unknown option '--spring.profiles.active'; global options are"
                        + " --url, --user, --password, --location and --<spring.property>=<value>\n", 1));
    }
}
