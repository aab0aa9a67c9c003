package org.opsdb.migrations.shell.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opsdb.migrations.autogenerate.ScriptFormat;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.script.MigrationLocation;

/**
 * Where {@code revision} and {@code merge} write a new script: the first writable revision location. A directory
 * location (or {@code file:} URL) is used as given; a {@code classpath:} location means the application's source
 * tree under the working directory: {@code src/main/resources/<path>} for SQL, {@code src/main/java/<path>} for
 * Java (the package is the path with dots). An explicit directory overrides the locations.
 *
 * @param directory   the directory the file goes into
 * @param javaPackage the package of a Java revision, or {@code null} when unknown
 */
public record RevisionTarget(Path directory, String javaPackage) {

    private static final String CLASSPATH = "classpath:";
    private static final String CLASSPATH_ALL = "classpath*:";

    /**
     * Chooses the directory for a new script.
     *
     * @param locations        the configured revision locations, in order
     * @param format           SQL or Java
     * @param directory        an explicit directory ({@code --directory}), or {@code null}
     * @param javaPackage      an explicit package ({@code --package}), or {@code null}
     * @param workingDirectory what relative paths and the source tree are relative to
     * @throws OneLineException naming every location when none is writable
     */
    public static RevisionTarget resolve(List<String> locations, ScriptFormat format, Path directory,
            String javaPackage, Path workingDirectory) {
        String classpathPackage = locations.stream().filter(RevisionTarget::isClasspath).findFirst()
                .map(RevisionTarget::packageOf).orElse(null);
        String pkg = javaPackage != null && !javaPackage.isBlank() ? javaPackage : classpathPackage;
        if (directory != null) {
            Path dir = workingDirectory.resolve(directory).normalize();
            String problem = problem(dir);
            if (problem != null) {
                throw new OneLineException("Cannot write the revision to '" + directory + "': " + problem);
            }
            return checked(new RevisionTarget(dir, pkg), format);
        }
        List<String> refusals = new ArrayList<>();
        for (String location : locations) {
            Path dir;
            String problem;
            if (isClasspath(location)) {
                Path sourceRoot = workingDirectory.resolve(format == ScriptFormat.JAVA ? "src/main/java"
                        : "src/main/resources").normalize();
                dir = sourceRoot.resolve(pathOf(location));
                problem = Files.isDirectory(sourceRoot) ? problem(dir)
                        : "no source tree " + sourceRoot + " (run from the project directory, or give --directory)";
                if (problem == null) {
                    return checked(new RevisionTarget(dir, javaPackage != null && !javaPackage.isBlank()
                            ? javaPackage : packageOf(location)), format);
                }
            } else {
                dir = workingDirectory.resolve(MigrationLocation.directoryOf(location).orElseThrow()).normalize();
                problem = problem(dir);
                if (problem == null) {
                    return checked(new RevisionTarget(dir, pkg), format);
                }
            }
            refusals.add("'" + location + "' (" + problem + ")");
        }
        throw new OneLineException("No writable revision location: " + String.join(", ", refusals)
                + "; give --directory");
    }

    private static RevisionTarget checked(RevisionTarget target, ScriptFormat format) {
        if (format == ScriptFormat.JAVA && (target.javaPackage() == null || target.javaPackage().isBlank())) {
            throw new OneLineException("A Java revision needs a package: use a classpath: location or give --package");
        }
        return target;
    }

    /** Why a new file cannot be written into {@code dir}, or {@code null} when it can (created if missing). */
    private static String problem(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return existing + " is not a directory";
        }
        if (!Files.isWritable(existing)) {
            return existing + " is not writable";
        }
        return null;
    }

    private static boolean isClasspath(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith(CLASSPATH) || lower.startsWith(CLASSPATH_ALL);
    }

    private static String pathOf(String location) {
        String path = location.substring(location.indexOf(':') + 1);
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    private static String packageOf(String location) {
        return pathOf(location).replace('/', '.');
    }
}
