package org.opsdb.migrations.autoconfigure.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.script.ScriptException;
import org.opsdb.migrations.script.ScriptLoader;
import org.opsdb.migrations.script.ScriptResource;

/** {@link SpringClasspathScanner} on directories and jars. */
class SpringClasspathScannerTests {

    private final SpringClasspathScanner scanner = new SpringClasspathScanner();

    @Test
    void findsSqlFilesAndJavaMigrationsOnTheTestClasspath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(scanner.sqlResources("db/migrations", loader)).extracting(ScriptResource::source).containsExactlyInAnyOrder(
                "db/migrations/a1a1a1a1a1a1_create_telescope.sql", "db/migrations/b2b2b2b2b2b2_create_observation.sql");
        assertThat(scanner.migrationClassNames("db.migrations", loader)).containsExactly("db.migrations.AddTelescopeSite");
        assertThat(scanner.sqlResources("db/nothing_here", loader)).isEmpty();
    }

    @Test
    void findsSqlFilesInJars(@TempDir Path dir) throws Exception {
        Path withDirectories = jar(dir.resolve("with.jar"), true, "db/migrations/sub/aaaaaaaaaaaa_one.sql");
        Path other = jar(dir.resolve("other.jar"), true, "db/migrations/bbbbbbbbbbbb_two.sql");
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {withDirectories.toUri().toURL(), other.toUri().toURL()}, null)) {
            assertThat(scanner.sqlResources("db/migrations", loader))
                    .extracting(ScriptResource::source, ScriptResource::fileName, ScriptResource::text)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("db/migrations/sub/aaaaaaaaaaaa_one.sql",
                                    "aaaaaaaaaaaa_one.sql", "-- db/migrations/sub/aaaaaaaaaaaa_one.sql\n"),
                            org.assertj.core.groups.Tuple.tuple("db/migrations/bbbbbbbbbbbb_two.sql",
                                    "bbbbbbbbbbbb_two.sql", "-- db/migrations/bbbbbbbbbbbb_two.sql\n"));
        }
    }

    /** A file named {@code *.SQL} is found (a {@code **}{@code /*.sql} pattern skips it), so the loader refuses it. */
    @Test
    void aSqlFileWithTheExtensionInAnotherCaseIsFoundAndRefusedInDirectoriesAndJars(@TempDir Path dir)
            throws Exception {
        Path root = Files.createDirectories(dir.resolve("classes/db/migrations"));
        Files.writeString(root.resolve("aaaaaaaaaaaa_one.SQL"), "-- revision: aaaaaaaaaaaa\n-- upgrade\nSELECT 1;\n");
        Path jar = jar(dir.resolve("with.jar"), true, "db/migrations/sub/bbbbbbbbbbbb_two.Sql");
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {dir.resolve("classes").toUri().toURL(), jar.toUri().toURL()}, null)) {
            assertThat(scanner.sqlResources("db/migrations", loader)).extracting(ScriptResource::source)
                    .containsExactlyInAnyOrder("db/migrations/aaaaaaaaaaaa_one.SQL",
                            "db/migrations/sub/bbbbbbbbbbbb_two.Sql");
            assertThatThrownBy(() -> new ScriptLoader(scanner).find(List.of("classpath:db/migrations"), loader))
                    .isInstanceOf(ScriptException.class).hasMessage("db/migrations/aaaaaaaaaaaa_one.SQL: has"
                            + " extension .SQL; SQL revisions must end in lower-case .sql (rename it"
                            + " aaaaaaaaaaaa_one.sql)");
        }
    }

    private static Path jar(Path file, boolean directoryEntries, String entry) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            if (directoryEntries) {
                String[] parts = entry.split("/");
                StringBuilder path = new StringBuilder();
                for (int i = 0; i < parts.length - 1; i++) {
                    path.append(parts[i]).append('/');
                    jar.putNextEntry(new JarEntry(path.toString()));
                    jar.closeEntry();
                }
            }
            jar.putNextEntry(new JarEntry(entry));
            jar.write(("-- " + entry + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }
}
