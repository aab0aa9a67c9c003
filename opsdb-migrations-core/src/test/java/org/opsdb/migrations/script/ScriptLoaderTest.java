package org.opsdb.migrations.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.testmigrations.mixed.AddNameToFoo;
import db.testmigrations.mixed.sub.DropIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.RecordingSink;
import org.opsdb.migrations.revision.RevisionException;
import org.opsdb.migrations.revision.Step;

class ScriptLoaderTest {

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void classpathLocationWithJavaAndSqlMigrations() {
        ScriptCatalog catalog = ScriptCatalog.load(List.of("classpath:db/testmigrations/mixed"), classLoader);
        assertThat(catalog.scripts()).extracting(script -> script.revision().source()).containsExactly(
                "db/testmigrations/mixed/aaa000000001_create_foo.sql",
                "db/testmigrations/mixed/sub/ccc000000003_index_foo.sql",
                AddNameToFoo.class.getName(), DropIndex.class.getName());
        assertThat(catalog.graph().upgradePlan(Set.of(), "head")).extracting(Step::id)
                .containsExactly("aaa000000001", "bbb000000002", "ccc000000003", "ddd000000004");

        MigrationScript java = catalog.get("bbb000000002");
        assertThat(java).isInstanceOf(JavaMigrationScript.class);
        assertThat(java.hasDowngrade()).isFalse();
        assertThat(java.checksum()).isEmpty();
        RecordingSink sink = new RecordingSink();
        Operations op = Operations.rendering(sink);
        java.upgrade(op);
        assertThat(sink.statements).containsExactly("ALTER TABLE foo ADD COLUMN name text");

        MigrationScript sub = catalog.get("ddd000000004");
        assertThat(sub.hasDowngrade()).isTrue();
        assertThat(sub.revision().dependsOn()).containsExactly("core");
        assertThat(sub.revision().createDate()).hasToString("2026-11-25T08:00:00Z");

        MigrationScript index = catalog.get("ccc000000003");
        assertThat(index.hasDowngrade()).isFalse();
        assertThat(index.checksum()).isPresent();
        index.upgrade(op);
        assertThat(sink.statements).last().isEqualTo("[outside] CREATE INDEX CONCURRENTLY foo_name ON foo (name)");
    }

    @Test
    void emptyClasspathLocationIsEmpty() {
        assertThat(new ScriptLoader().load(List.of("classpath:db/nothing_here"), classLoader)).isEmpty();
    }

    @Test
    void directoryLocationsAndFileUrlsFormOneGraph(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("eee000000005_after.sql"),
                "-- revision: eee000000005\n-- down_revision: ddd000000004\n-- upgrade\nSELECT 5;\n");
        Files.writeString(nested.resolve("fff000000006_last.sql"),
                "-- revision: fff000000006\r\n-- down_revision: eee000000005\r\n-- upgrade\r\nSELECT 6;\r\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        ScriptCatalog catalog = ScriptCatalog.of(new ScriptLoader().load(
                List.of("classpath:db/testmigrations/mixed", dir.toUri().toString()), classLoader));
        assertThat(catalog.graph().heads()).extracting(r -> r.id()).containsExactly("fff000000006");
        assertThat(catalog.get("eee000000005").revision().source())
                .isEqualTo(dir.resolve("eee000000005_after.sql").toString());
        assertThat(new ScriptLoader().load(List.of(dir.toString()), classLoader)).hasSize(2);
    }

    @Test
    void missingDirectoryIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> new ScriptLoader().load(List.of(missing.toString()), classLoader))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Migration location '" + missing + "' does not exist (" + missing.toAbsolutePath() + ")");
    }

    @Test
    void unparsableFileIsAnErrorNotSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("abc000000001_broken.sql"), "-- revision: abc000000001\nSELECT 1;\n");
        assertThatThrownBy(() -> new ScriptLoader().load(List.of(dir.toString()), classLoader))
                .isInstanceOf(ScriptException.class)
                .hasMessage(dir.resolve("abc000000001_broken.sql") + ":2: SQL before the '-- upgrade' section");
    }

    @Test
    void duplicateRevisionAcrossLocationsNamesBothSources(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("aaa000000001_again.sql"), "-- revision: aaa000000001\n-- upgrade\n");
        assertThatThrownBy(() -> ScriptCatalog.of(new ScriptLoader().load(
                List.of("classpath:db/testmigrations/mixed", dir.toString()), classLoader)))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Revision aaa000000001 is defined twice: in db/testmigrations/mixed/aaa000000001_create_foo.sql"
                        + " and in " + dir.resolve("aaa000000001_again.sql"));
    }

    @Test
    void javaMigrationWithoutAnnotationIsAnError() {
        Migration unannotated = op -> op.execute("SELECT 1");
        assertThatThrownBy(() -> JavaMigrationScript.of(unannotated))
                .isInstanceOf(ScriptException.class)
                .hasMessageEndingWith(" implements Migration but is not annotated with @MigrationRevision");
    }

    @Test
    void directoryScriptsAreUtf8AndAnythingElseIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("aaa000000001_cafe.sql"),
                "-- revision: aaa000000001\n-- message: café\n-- upgrade\nSELECT 'é';\n");
        assertThat(new ScriptLoader().load(List.of(dir.toString()), classLoader))
                .extracting(script -> script.revision().message()).containsExactly("café");

        Path latin1 = dir.resolve("bbb000000002_latin1.sql");
        Files.write(latin1, "-- revision: bbb000000002\n-- upgrade\nSELECT 'caf\u00e9';\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new ScriptLoader().load(List.of(dir.toString()), classLoader))
                .isInstanceOf(ScriptException.class).hasMessage(latin1 + ": is not UTF-8 text");
    }
}
