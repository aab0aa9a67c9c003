package org.opsdb.migrations.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The revision data written at the top of a script.
 *
 * @param revision      the new revision id
 * @param downRevisions its parents (empty for a base, several for a merge)
 * @param message       the message
 * @param createDate    the creation time
 * @param branchLabels  branch labels, possibly empty
 * @param dependsOn     revisions it depends on, possibly empty
 */
public record ScriptHeader(String revision, List<String> downRevisions, String message, Instant createDate,
                           List<String> branchLabels, List<String> dependsOn) {

    /** Copies the lists. */
    public ScriptHeader {
        Objects.requireNonNull(revision, "revision");
        downRevisions = List.copyOf(downRevisions);
        message = message == null ? "" : message;
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }
}
