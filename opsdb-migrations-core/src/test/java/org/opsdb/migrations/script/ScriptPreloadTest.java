package org.opsdb.migrations.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Revision;

/** Scripts read in the background are taken by a matching configuration, once, and fail as reading them would. */
class ScriptPreloadTest {

    private final ClassLoader classLoader = getClass().getClassLoader();

    @TempDir
    Path dir;

    private void write(String id, String down) throws IOException {
        Files.writeString(dir.resolve(id + "_step.sql"), "-- revision: " + id + "\n"
                + (down == null ? "" : "-- down_revision: " + down + "\n")
                + "-- upgrade\nCREATE TABLE t_" + id + " (id int);\n-- downgrade\nDROP TABLE t_" + id + ";\n");
    }

    private static List<String> ids(Migrations migrations) {
        return migrations.scripts().stream().map(script -> script.revision().id()).toList();
    }

    @Test
    void aMatchingConfigurationTakesThePreloadedScriptsOnceAndAReloadReadsAgain() throws Exception {
        write("aaaaaaaaaaa1", null);
        ScriptPreload preload = ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader);
        preload.scripts(); // finished: what is on disk from now on is not in it
        write("aaaaaaaaaaa2", "aaaaaaaaaaa1");

        Migrations migrations = Migrations.configure().locations(dir.toString()).classLoader(classLoader)
                .preload(preload).load();
        assertThat(ids(migrations)).containsExactly("aaaaaaaaaaa1");
        assertThat(migrations.graph().heads()).extracting(Revision::id).containsExactly("aaaaaaaaaaa1");
        assertThat(ids(migrations.reload())).containsExactly("aaaaaaaaaaa1", "aaaaaaaaaaa2");
    }

    @Test
    void otherLocationsOrAnotherClassLoaderReadTheirOwnScripts(@TempDir Path other) throws Exception {
        write("aaaaaaaaaaa1", null);
        ScriptPreload preload = ScriptPreload.start(new ClassGraphScanner(), List.of(other.toString()), classLoader);
        assertThat(preload.scripts()).isEmpty();
        assertThat(preload.matches(new ClassGraphScanner(), List.of(other.toString()), classLoader)).isTrue();
        assertThat(preload.matches(new ClassGraphScanner(), List.of(other.toString()),
                new ClassLoader(classLoader) { })).isFalse();

        Migrations migrations = Migrations.configure().locations(dir.toString()).classLoader(classLoader)
                .preload(preload).load();
        assertThat(ids(migrations)).containsExactly("aaaaaaaaaaa1");
    }

    @Test
    void aBrokenScriptFailsWhenTakenWithTheMessageReadingItGives() throws Exception {
        Path broken = dir.resolve("bbbbbbbbbbb1_broken.sql");
        Files.writeString(broken, "-- revision: bbbbbbbbbbb1\nCREATE TABLE x (id int);\n");
        ScriptPreload preload = ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader);

        String expected = broken + ":2: SQL before the '-- upgrade' section";
        Migrations preloaded = Migrations.configure().locations(dir.toString()).classLoader(classLoader)
                .preload(preload).load(); // read, not parsed yet
        assertThatThrownBy(preloaded::scripts).isInstanceOf(ScriptException.class).hasMessage(expected);
        assertThatThrownBy(() -> Migrations.configure().locations(dir.toString()).classLoader(classLoader).load())
                .isInstanceOf(ScriptException.class).hasMessage(expected);
    }

    @Test
    void javaMigrationsAreLoadedByTheThreadThatTakesTheScriptsNotInTheBackground() throws Exception {
        List<String> location = List.of("classpath:db/testmigrations/explodingstatic");
        ScriptPreload preload = ScriptPreload.start(new ClassGraphScanner(), location, classLoader);
        while (!preload.isDone()) {
            Thread.sleep(10);
        }
        // not taken (another class loader): had the background thread initialised the class, reading it here would
        // fail with "Could not initialize class" and lose the cause
        String expected = "db.testmigrations.explodingstatic.ExplodingStaticMigration cannot be loaded: its static"
                + " initializer threw java.lang.NumberFormatException: For input string: \"not a number\"";
        assertThatThrownBy(() -> Migrations.configure().locations(location).classLoader(new ClassLoader(classLoader) { })
                .preload(preload).load()).isInstanceOf(ScriptException.class).hasMessage(expected);
    }

    @Test
    void withOnlySqlScriptsTheFingerprintIsTakenWithoutParsingAndTheScriptsAreParsedOnce() throws Exception {
        write("aaaaaaaaaaa1", null);
        write("aaaaaaaaaaa2", "aaaaaaaaaaa1");
        Files.writeString(dir.resolve("bbbbbbbbbbb1_broken.sql"), "not a migration\n");
        ScriptPreload preload = ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader);

        assertThat(preload.fingerprint()).get().asString().matches("[0-9a-f]{16}")
                .isEqualTo(new ScriptLoader().find(List.of(dir.toString()), classLoader).fingerprint().orElseThrow());
        assertThatThrownBy(preload::scripts).isInstanceOf(ScriptException.class)
                .hasMessage(dir.resolve("bbbbbbbbbbb1_broken.sql") + ":1: SQL before the '-- upgrade' section");

        Files.delete(dir.resolve("bbbbbbbbbbb1_broken.sql"));
        ScriptPreload valid = ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader);
        List<MigrationScript> scripts = valid.scripts();
        assertThat(valid.scripts()).isSameAs(scripts);
        assertThat(valid.catalog().graph().heads()).extracting(Revision::id).containsExactly("aaaaaaaaaaa2");

        // Java migrations have no fingerprint: their revisions are in their classes, not in their names
        ScriptPreload withClasses = ScriptPreload.start(new ClassGraphScanner(), List.of("classpath:db/runtime_it"),
                classLoader);
        assertThat(withClasses.fingerprint()).isEmpty();
        assertThat(withClasses.catalog().find("a1b2c3d4e5f6")).get().isInstanceOf(JavaMigrationScript.class);
    }

    @Test
    void aBrokenGraphFailsWhenTakenWithTheMessageBuildingItGives() throws Exception {
        write("aaaaaaaaaaa1", null);
        write("aaaaaaaaaaa2", "aaaaaaaaaaa9");
        ScriptPreload preload = ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader);
        while (!preload.isDone()) {
            Thread.sleep(10);
        }
        Throwable direct = org.assertj.core.api.Assertions.catchThrowable(() -> Migrations.configure()
                .locations(dir.toString()).classLoader(classLoader).load());
        assertThat(direct).isInstanceOf(org.opsdb.migrations.revision.RevisionException.class);
        assertThatThrownBy(Migrations.configure().locations(dir.toString()).classLoader(classLoader)
                .preload(preload).load()::graph).isInstanceOf(direct.getClass()).hasMessage(direct.getMessage());
    }

    @Test
    void theFollowUpWorkRunsOnThePreloadThreadOnceTheScriptsCanBeTakenAndItsFailureIsIgnored() throws Exception {
        write("aaaaaaaaaaa1", null);
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        AtomicBoolean scriptsReady = new AtomicBoolean();
        ScriptPreload[] preload = new ScriptPreload[1];
        CountDownLatch started = new CountDownLatch(1);
        preload[0] = ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader, () -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scriptsReady.set(preload[0].isDone());
            ranOn.complete(Thread.currentThread().getName());
            throw new IllegalStateException("ignored");
        });
        started.countDown();
        assertThat(ranOn.get(10, TimeUnit.SECONDS)).isEqualTo("opsdb-migrations-preload");
        assertThat(scriptsReady).isTrue();
        assertThat(preload[0].scripts()).extracting(script -> script.revision().id()).containsExactly("aaaaaaaaaaa1");
    }
}
