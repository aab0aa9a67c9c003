package org.opsdb.migrations.revision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph: its id, the revisions it follows and the data that describes it.
 * Knows nothing of databases or script formats; {@link #source()} only names where it came from, for errors.
 *
 * @param id             12 lowercase hex characters (any non-blank id of up to 32 characters is accepted)
 * @param downRevisions  revisions this one follows: none for a base, several for a merge
 * @param branchLabels   labels that name the branch this revision starts or belongs to
 * @param dependsOn      revisions (ids or labels) that must be applied before this one, across branches
 * @param message        one-line description
 * @param createDate     when the revision was created, if known
 * @param source         where the revision was defined (file or class name), used in error messages
 */
public record Revision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
                       String message, Instant createDate, String source) {

    /** Validates and copies the lists. */
    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions == null ? List.of() : downRevisions);
        branchLabels = List.copyOf(branchLabels == null ? List.of() : branchLabels);
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        message = message == null ? "" : message;
        source = source == null ? id : source;
    }

    /** Whether this revision has no down revision. */
    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    /** Whether this revision merges several down revisions. */
    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
