package org.opsdb.migrations.script;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where migrations live: {@code classpath:db/migrations} (SQL resources under that path and Java migrations in
 * package {@code db.migrations}, sub-directories and sub-packages included), a {@code file:} URL, a plain
 * directory path or the same path after Flyway's {@code filesystem:} prefix (SQL files only).
 */
public sealed interface MigrationLocation {

    /** The forms a location takes, as error messages list them. */
    String ACCEPTED_FORMS = "a directory, a file: URL, a filesystem: path or a classpath: path";

    /** A classpath location. */
    record Classpath(String resourcePath) implements MigrationLocation {

        /** The package Java migrations of this location live in. */
        public String packageName() {
            return resourcePath.replace('/', '.');
        }
    }

    /** A file-system directory. */
    record Directory(String text, Path path) implements MigrationLocation {
    }

    /** Parses a location string. */
    static MigrationLocation parse(String location) {
        if (location == null || location.isBlank()) {
            throw new ScriptException("A migration location must not be blank");
        }
        String text = location.strip();
        if (text.startsWith("classpath:")) {
            String path = text.substring("classpath:".length());
            return new Classpath(trimSlashes(path));
        }
        if (text.startsWith("file:")) {
            return new Directory(text, Path.of(filePath(text)));
        }
        if (text.startsWith("filesystem:")) {
            return new Directory(text, Path.of(text.substring("filesystem:".length())));
        }
        return new Directory(text, Path.of(text));
    }

    /** The directory a location names ({@link #parse}), or empty for a {@code classpath:} location. */
    static Optional<Path> directoryOf(String location) {
        return parse(location) instanceof Directory directory ? Optional.of(directory.path())
                : Optional.empty();
    }

    private static String filePath(String url) {
        try {
            URI uri = URI.create(url);
            return uri.isOpaque() ? uri.getSchemeSpecificPart() : uri.getPath();
        } catch (IllegalArgumentException notEncoded) {
            return url.substring("file:".length()); // e.g. unencoded spaces: take the rest as a path
        }
    }

    private static String trimSlashes(String path) {
        String result = path;
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
