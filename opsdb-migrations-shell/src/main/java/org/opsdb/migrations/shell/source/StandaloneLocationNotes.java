package org.opsdb.migrations.shell.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.opsdb.migrations.script.MigrationLocation;

/**
 * What the standalone console (the console jar that {@code bin/opsdb} runs) tells its user about the locations it
 * cannot serve fully, one note per location: a {@code classpath:} location is read from the console's own jar, not
 * from the service's; a directory holding {@code .java} files holds Java migrations, which only the service's
 * console runs.
 */
public final class StandaloneLocationNotes {

    /** What the user runs instead. */
    static final String SERVICE_CONSOLE = "java -jar your-service.jar console <command> (docs/console.md)";

    private static final String CLASSPATH = "classpath:";

    private StandaloneLocationNotes() {
    }

    /** The notes for these locations, in their order; none for a directory of SQL revisions. */
    public static List<String> of(List<String> locations) {
        List<String> notes = new ArrayList<>();
        for (String location : locations) {
            if (location.startsWith(CLASSPATH)) {
                notes.add("opsdb: note: location '" + location + "' is read from this console's own jar, not from"
                        + " your service: the standalone console cannot see a service's classpath nor run its Java"
                        + " migrations; give the SQL scripts' directory (--location <dir>), or use the service's"
                        + " console: " + SERVICE_CONSOLE);
                continue;
            }
            Path dir = MigrationLocation.directoryOf(location).orElseThrow();
            firstJavaFile(dir).ifPresent(java -> notes.add("opsdb: note: " + dir + " holds Java migrations"
                    + " (e.g. " + java.getFileName() + "), which the standalone console cannot run: it runs only the"
                    + " SQL revisions; run the Java ones with the service's console: " + SERVICE_CONSOLE));
        }
        return notes;
    }

    /** The first {@code .java} file under {@code dir} in path order, if {@code dir} is a directory holding one. */
    private static Optional<Path> firstJavaFile(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
                    .map(Path::toString).sorted().findFirst().map(Path::of);
        } catch (IOException | UncheckedIOException unreadable) {
            return Optional.empty(); // as find(1) skipping what it cannot read
        }
    }
}
