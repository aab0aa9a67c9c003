package org.opsdb.migrations.shell.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.autogenerate.ScriptFormat;
import org.opsdb.migrations.error.OneLineException;

/** Where {@code revision} writes: the first writable location, the source tree for {@code classpath:}. */
class RevisionTargetTest {

    @TempDir
    Path project;

    @Test
    void classpathLocationMeansTheSourceTree() throws IOException {
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.createDirectories(project.resolve("src/main/java"));
        assertThat(RevisionTarget.resolve(List.of("classpath:/db/migrations/"), ScriptFormat.SQL, null, null, project))
                .isEqualTo(new RevisionTarget(project.resolve("src/main/resources/db/migrations"), "db.migrations"));
        assertThat(RevisionTarget.resolve(List.of("classpath:db/migrations"), ScriptFormat.JAVA, null, null, project))
                .isEqualTo(new RevisionTarget(project.resolve("src/main/java/db/migrations"), "db.migrations"));
    }

    @Test
    void directoriesAndFileUrlsAsGivenTheFirstWritableWins() throws IOException {
        Path file = Files.writeString(project.resolve("a-file"), "");
        assertThat(RevisionTarget.resolve(List.of("classpath:db/migrations", "a-file/sub", "file:migrations"),
                ScriptFormat.SQL, null, null, project))
                .isEqualTo(new RevisionTarget(project.resolve("migrations"), "db.migrations"));
        assertThat(RevisionTarget.resolve(List.of("file:" + project.resolve("abs")), ScriptFormat.SQL, null, null,
                Path.of("/"))).isEqualTo(new RevisionTarget(project.resolve("abs"), null));
        assertThatThrownBy(() -> RevisionTarget.resolve(List.of("classpath:db/migrations", "a-file/sub"),
                ScriptFormat.SQL, null, null, project))
                .isInstanceOf(OneLineException.class)
                .hasMessage("No writable revision location: 'classpath:db/migrations' (no source tree "
                        + project.resolve("src/main/resources") + " (run from the project directory, or give"
                        + " --directory)), 'a-file/sub' (" + file + " is not a directory); give --directory");
    }

    @Test
    void directoryOptionOverridesAndPackageOptionNamesTheJavaPackage() {
        assertThat(RevisionTarget.resolve(List.of("classpath:db/migrations"), ScriptFormat.JAVA, Path.of("out"),
                "com.example", project)).isEqualTo(new RevisionTarget(project.resolve("out"), "com.example"));
        assertThat(RevisionTarget.resolve(List.of("classpath:db/migrations"), ScriptFormat.JAVA, Path.of("out"),
                null, project)).isEqualTo(new RevisionTarget(project.resolve("out"), "db.migrations"));
    }
}
