package org.opsdb.migrations.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import db.testmigrations.mixed.AddNameToFoo;
import db.testmigrations.mixed.sub.DropIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.ddl.SqlOperations;
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
        Operations op = SqlOperations.rendering(sink);
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
    void flywaysFilesystemPrefixNamesADirectoryAsAPlainPathDoes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eee000000005_first.sql"),
                "-- revision: eee000000005\n-- down_revision:\n-- upgrade\nSELECT 5;\n");
        assertThat(new ScriptLoader().load(List.of("filesystem:" + dir), classLoader))
                .extracting(script -> script.revision().source())
                .containsExactly(dir.resolve("eee000000005_first.sql").toString());
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> new ScriptLoader().load(List.of("filesystem:" + missing), classLoader))
                .hasMessage("Migration location 'filesystem:" + missing + "' does not exist (" + missing + ")");
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

    private static void script(Path file, String id, String down) throws IOException {
        Files.writeString(file, "-- revision: " + id + "\n-- down_revision: " + down + "\n-- upgrade\nSELECT 1;\n");
    }

    private List<String> sources(Path dir) {
        return new ScriptLoader().find(List.of(dir.toString()), classLoader).scripts().stream()
                .map(script -> script.revision().source()).toList();
    }

    /**
     * A Kubernetes ConfigMap volume: the files are links through {@code ..data}, a link to a timestamped hidden
     * directory. Each script is found once, by the path the user sees.
     */
    @Test
    void aConfigMapVolumeIsReadOnceThroughItsLinks(@TempDir Path dir) throws IOException {
        Path version = Files.createDirectories(dir.resolve("..2026_12_04_16_40_18.123456789"));
        script(version.resolve("aaa000000001_one.sql"), "aaa000000001", "");
        script(version.resolve("bbb000000002_two.sql"), "bbb000000002", "aaa000000001");
        Files.createSymbolicLink(dir.resolve("..data"), Path.of(version.getFileName().toString()));
        Files.createSymbolicLink(dir.resolve("aaa000000001_one.sql"), Path.of("..data/aaa000000001_one.sql"));
        Files.createSymbolicLink(dir.resolve("bbb000000002_two.sql"), Path.of("..data/bbb000000002_two.sql"));

        assertThat(sources(dir)).containsExactly(dir.resolve("aaa000000001_one.sql").toString(),
                dir.resolve("bbb000000002_two.sql").toString());
    }

    @Test
    void aConfigMapVolumeOnTheClasspathIsReadOnceToo(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("db/configmap"));
        Path version = Files.createDirectories(dir.resolve("..2026_12_04_16_40_18.123456789"));
        script(version.resolve("aaa000000001_one.sql"), "aaa000000001", "");
        Files.createSymbolicLink(dir.resolve("..data"), Path.of(version.getFileName().toString()));
        Files.createSymbolicLink(dir.resolve("aaa000000001_one.sql"), Path.of("..data/aaa000000001_one.sql"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(new ScriptLoader().load(List.of("classpath:db/configmap"), loader))
                    .extracting(script -> script.revision().source())
                    .containsExactly("db/configmap/aaa000000001_one.sql");
        }
    }

    @Test
    void linkedDirectoriesAreFollowedAndAFileReachedTwiceIsReadOnce(@TempDir Path root) throws IOException {
        Path shared = Files.createDirectories(root.resolve("shared"));
        script(shared.resolve("ccc000000003_shared.sql"), "ccc000000003", "");
        Path dir = Files.createDirectories(root.resolve("migrations"));
        script(dir.resolve("ddd000000004_own.sql"), "ddd000000004", "ccc000000003");
        Files.createSymbolicLink(dir.resolve("common"), shared);
        Files.createSymbolicLink(dir.resolve("common-again"), Path.of("common"));
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("sub")).resolve("ddd000000004_own.sql"),
                Path.of("../ddd000000004_own.sql"));
        Files.createSymbolicLink(dir.resolve("loop"), Path.of("."));

        assertThat(sources(dir)).containsExactly(dir.resolve("common/ccc000000003_shared.sql").toString(),
                dir.resolve("ddd000000004_own.sql").toString());
    }

    @Test
    void aLinkToNothingIsOneLineNamingTheLink(@TempDir Path dir) throws IOException {
        script(dir.resolve("aaa000000001_one.sql"), "aaa000000001", "");
        Path dangling = Files.createSymbolicLink(dir.resolve("bbb000000002_two.sql"), Path.of("..data/bbb000000002_two.sql"));
        assertThatThrownBy(() -> sources(dir)).isInstanceOf(ScriptException.class)
                .hasMessage("Migration location '" + dir + "': " + dangling + " is a symbolic link to"
                        + " ..data/bbb000000002_two.sql, which does not exist");

        Files.delete(dangling);
        Path location = Files.createSymbolicLink(dir.resolve("location"), dir.resolve("gone"));
        assertThatThrownBy(() -> sources(location)).isInstanceOf(ScriptException.class)
                .hasMessage("Migration location '" + location + "' is a symbolic link to " + dir.resolve("gone")
                        + ", which does not exist (" + location.toAbsolutePath() + ")");
    }

    @Test
    void hiddenEntriesAreSkipped(@TempDir Path dir) throws IOException {
        script(dir.resolve("aaa000000001_one.sql"), "aaa000000001", "");
        Path git = Files.createDirectories(dir.resolve(".git"));
        Files.writeString(git.resolve("old.sql"), "not a migration");
        Files.createSymbolicLink(dir.resolve(".#aaa000000001_one.sql"), Path.of("jane@host.1234:1733300000"));
        assertThat(sources(dir)).containsExactly(dir.resolve("aaa000000001_one.sql").toString());
    }

    /**
     * {@code *.SQL} or {@code *.Sql} is not {@code *.sql}: such a file used to be skipped without a word (its
     * revision left out of every run) in a directory and by Spring's scanner, and read by ClassGraph's.
     */
    @Test
    void aSqlFileWithTheExtensionInAnotherCaseIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        script(dir.resolve("aaa000000001_one.sql"), "aaa000000001", "");
        Path upper = dir.resolve("bbb000000002_two.SQL");
        script(upper, "bbb000000002", "aaa000000001");
        assertThatThrownBy(() -> sources(dir)).isInstanceOf(ScriptException.class).hasMessage(upper
                + ": has extension .SQL; SQL revisions must end in lower-case .sql (rename it bbb000000002_two.sql)");

        Files.delete(upper);
        Path mixed = Files.createDirectories(dir.resolve("sub")).resolve("ccc000000003_three.Sql");
        script(mixed, "ccc000000003", "aaa000000001");
        Files.createSymbolicLink(dir.resolve("link.SQL"), mixed);
        assertThatThrownBy(() -> sources(dir)).isInstanceOf(ScriptException.class).hasMessage(dir.resolve("link.SQL")
                + ": has extension .SQL; SQL revisions must end in lower-case .sql (rename it link.sql)");
        Files.delete(dir.resolve("link.SQL"));
        assertThatThrownBy(() -> sources(dir)).isInstanceOf(ScriptException.class).hasMessage(mixed
                + ": has extension .Sql; SQL revisions must end in lower-case .sql (rename it ccc000000003_three.sql)");
    }

    @Test
    void aSqlFileWithTheExtensionInAnotherCaseOnTheClasspathIsRefusedToo(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("db/uppercase"));
        script(dir.resolve("aaa000000001_one.sql"), "aaa000000001", "");
        script(dir.resolve("bbb000000002_two.SQL"), "bbb000000002", "aaa000000001");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new ScriptLoader().find(List.of("classpath:db/uppercase"), loader))
                    .isInstanceOf(ScriptException.class).hasMessage("db/uppercase/bbb000000002_two.SQL: has extension"
                            + " .SQL; SQL revisions must end in lower-case .sql (rename it bbb000000002_two.sql)");
        }
    }

    @Test
    void aNulCharacterIsOneLineNamingTheFileAndLineWhenTheScriptsAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aaa000000001_one.sql");
        Files.writeString(file, "-- revision: aaa000000001\r\n-- upgrade\r\nSELECT 1;\r\nSELECT '\0';\n");
        assertThatThrownBy(() -> new ScriptLoader().find(List.of(dir.toString()), classLoader))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":4: contains a NUL character (byte 0x00); a migration script must be UTF-8 text");
    }

    @Test
    void aByteOrderMarkIsSkippedAndLeavesTheChecksumAndFingerprintAsTheyWere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aaa000000001_one.sql");
        script(file, "aaa000000001", "");
        ScriptLoader.Found plain = new ScriptLoader().find(List.of(dir.toString()), classLoader);
        byte[] bytes = Files.readAllBytes(file);
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        Files.write(file, marked);
        ScriptLoader.Found withMark = new ScriptLoader().find(List.of(dir.toString()), classLoader);

        assertThat(withMark.fingerprint()).isEqualTo(plain.fingerprint());
        MigrationScript script = withMark.scripts().get(0);
        assertThat(script.revision().id()).isEqualTo("aaa000000001");
        assertThat(script.checksum()).isEqualTo(plain.scripts().get(0).checksum());
    }
}
