package org.opsdb.migrations.autogenerate;

import java.nio.file.Path;
import java.util.List;

/**
 * A written revision script.
 *
 * @param path     the file
 * @param revision the new revision id
 * @param warnings warnings written into the script, for the console to print
 */
public record RevisionResult(Path path, String revision, List<String> warnings) {

    /** Copies the warnings. */
    public RevisionResult {
        warnings = List.copyOf(warnings);
    }
}
