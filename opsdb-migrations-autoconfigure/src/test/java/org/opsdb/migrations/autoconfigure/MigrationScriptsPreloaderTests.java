package org.opsdb.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.script.ScriptException;
import org.opsdb.migrations.script.ScriptPreload;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@link MigrationScriptsPreloader}: the auto-configured {@code Migrations} takes the scripts it read in the
 * background. To tell the two apart, a second initializer waits for the preload and then changes the directory: a
 * {@code Migrations} that took the preload does not see the change.
 */
class MigrationScriptsPreloaderTests {

    private static final String FIRST = "e5e5e5e5e5e5";
    private static final String SECOND = "f6f6f6f6f6f6";

    @TempDir
    Path dir;

    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private ApplicationContextRunner runner() {
        TestDatabase db = PostgresServer.shared().createDatabase("boot_preload");
        databases.add(db);
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withBean(DataSource.class, db::dataSource)
                .withInitializer(new MigrationScriptsPreloader())
                .withInitializer(new AddSecondRevisionOncePreloaded(dir))
                .withPropertyValues("opsdb.migrations.locations=" + dir);
    }

    private void write(String id, String down, String sql) throws IOException {
        Files.writeString(dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n"
                + (down == null ? "" : "-- down_revision: " + down + "\n") + "-- upgrade\n" + sql + "\n");
    }

    private static List<String> ids(Migrations migrations) {
        return migrations.scripts().stream().map(script -> script.revision().id()).toList();
    }

    @Test
    void theMigrationsBeanTakesTheScriptsReadInTheBackground() throws Exception {
        write(FIRST, null, "CREATE TABLE first_thing (id int);");
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasBean(MigrationScriptsPreloader.BEAN_NAME);
            assertThat(context.getBean(MigrationScriptsPreloader.BEAN_NAME)).isInstanceOf(ScriptPreload.class);
            assertThat(ids(context.getBean(Migrations.class))).containsExactly(FIRST);
        });
    }

    @Test
    void offWhenPreloadIsFalseAndTheLocationsAreReadWhenTheBeanIsCreated() throws Exception {
        write(FIRST, null, "CREATE TABLE first_thing (id int);");
        runner().withPropertyValues("opsdb.migrations.preload=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MigrationScriptsPreloader.BEAN_NAME);
            assertThat(ids(context.getBean(Migrations.class))).containsExactly(FIRST, SECOND);
        });
    }

    @Test
    void offWhenMigrationsAreDisabled() throws Exception {
        write(FIRST, null, "CREATE TABLE first_thing (id int);");
        runner().withPropertyValues("opsdb.migrations.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(MigrationScriptsPreloader.BEAN_NAME).doesNotHaveBean(Migrations.class));
    }

    @Test
    void aCustomizerThatChangesTheLocationsGetsThoseRead(@TempDir Path other) throws Exception {
        write(FIRST, null, "CREATE TABLE first_thing (id int);");
        Files.writeString(other.resolve("a0a0a0a0a0a0_other.sql"), "-- revision: a0a0a0a0a0a0\n-- upgrade\n");
        runner().withBean(MigrationsConfigurationCustomizer.class,
                () -> configuration -> configuration.locations(other.toString())).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(ids(context.getBean(Migrations.class))).containsExactly("a0a0a0a0a0a0");
                });
    }

    @Test
    void aBrokenScriptFailsTheStartAsReadingItThereWould() throws Exception {
        Path broken = dir.resolve(FIRST + "_broken.sql");
        Files.writeString(broken, "-- revision: " + FIRST + "\nCREATE TABLE x (id int);\n");
        runner().run(context -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(ScriptException.class)
                .hasMessage(broken + ":2: SQL before the '-- upgrade' section"));
    }

    /** Runs after the preloader: waits for its scripts, then adds a revision to the directory. */
    private record AddSecondRevisionOncePreloaded(Path dir)
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (context.getBeanFactory().containsSingleton(MigrationScriptsPreloader.BEAN_NAME)) {
                try {
                    ((ScriptPreload) context.getBean(MigrationScriptsPreloader.BEAN_NAME)).scripts();
                } catch (RuntimeException failure) {
                    return; // reported when the Migrations bean takes the scripts
                }
            }
            try {
                Files.writeString(dir.resolve(SECOND + "_step.sql"), "-- revision: " + SECOND + "\n-- down_revision: "
                        + FIRST + "\n-- upgrade\nCREATE TABLE second_thing (id int);\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
