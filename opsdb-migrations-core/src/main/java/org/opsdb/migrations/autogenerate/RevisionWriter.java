package org.opsdb.migrations.autogenerate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opsdb.migrations.render.JavaMigrationRenderer;
import org.opsdb.migrations.render.ScriptBody;
import org.opsdb.migrations.render.ScriptHeader;
import org.opsdb.migrations.render.SqlMigrationRenderer;
import org.opsdb.migrations.runtime.FileErrors;
import org.opsdb.migrations.runtime.MigrationException;

/** Writes a new revision file: {@code <id>_<slug>.sql} or {@code R<id>_<Slug>.java} in the request's directory. */
public final class RevisionWriter {

    private RevisionWriter() {
    }

    /** Writes the script and returns its path; refuses to overwrite. */
    public static Path write(RevisionRequest request, ScriptHeader header, ScriptBody body) {
        String text;
        Path file;
        if (request.format() == ScriptFormat.JAVA) {
            if (request.javaPackage() == null || request.javaPackage().isBlank()) {
                throw new MigrationException("A Java revision needs a package: set javaPackage on the request");
            }
            String className = "R" + header.revision() + "_" + camelSlug(header.message());
            text = new JavaMigrationRenderer().render(header, body, request.javaPackage(), className);
            file = request.directory().resolve(className + ".java");
        } else {
            text = new SqlMigrationRenderer().render(header, body);
            file = request.directory().resolve(header.revision() + "_" + slug(header.message()) + ".sql");
        }
        try {
            Files.createDirectories(request.directory());
        } catch (IOException e) {
            throw new MigrationException("Cannot create the revision directory "
                    + FileErrors.describe(e, request.directory()), e);
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new MigrationException("Cannot write revision file " + FileErrors.describe(e, file), e);
        }
        return file;
    }

    /** {@code "Add foo to Bar!"} → {@code add_foo_to_bar}; at most 40 characters. */
    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("_+$", "") : slug;
        return slug.isEmpty() ? "revision" : slug;
    }

    /** {@code "add foo to bar"} → {@code AddFooToBar}. */
    static String camelSlug(String message) {
        return Arrays.stream(slug(message).split("_")).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }
}
