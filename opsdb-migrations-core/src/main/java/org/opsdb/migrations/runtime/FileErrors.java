package org.opsdb.migrations.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a failed file operation into the reason an operator reads: {@code permission denied},
 * {@code no such file or directory}, {@code read-only file system}, … ({@code java.nio} puts only the path in the
 * message of an {@link AccessDeniedException} or a {@link NoSuchFileException}, and the reason in the type).
 */
public final class FileErrors {

    private FileErrors() {
    }

    /**
     * {@code PATH: REASON} for the path the operation failed on ({@code fallback} when the error does not name one),
     * e.g. {@code /srv/migrations/a1_x.sql: permission denied}.
     */
    public static String describe(IOException e, Path fallback) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile()
                : String.valueOf(fallback);
        return path + ": " + reason(e);
    }

    /** Why the operation failed, in lower case: {@code permission denied}, {@code read-only file system}, … */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : PlanExecutor.firstLine(e.getMessage());
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
