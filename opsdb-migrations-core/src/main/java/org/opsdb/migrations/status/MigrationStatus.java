package org.opsdb.migrations.status;

import java.util.List;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.script.ChecksumDrift;

/**
 * Where a database stands against the scripts: what is applied, what is pending up to a target, and which
 * applied scripts were edited since.
 *
 * @param current where the database stands on each branch: the version table's revisions and the positions their
 *                {@code depends_on} implies (Alembic's {@code current}); empty for an empty database
 * @param heads   the heads of the revision graph
 * @param target  the target {@code pending} was computed for, e.g. {@code heads}
 * @param pending the revisions an upgrade to {@code target} would apply, in order
 * @param drifted applied scripts whose checksum changed (empty when checksums are not validated)
 */
public record MigrationStatus(List<String> current, List<String> heads, String target, List<Revision> pending,
                              List<ChecksumDrift> drifted) {

    /** Copies the lists. */
    public MigrationStatus {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        drifted = List.copyOf(drifted);
    }

    /** Whether nothing is pending and no applied script drifted. */
    public boolean upToDate() {
        return pending.isEmpty() && drifted.isEmpty();
    }

    /** The ids of the pending revisions. */
    public List<String> pendingIds() {
        return pending.stream().map(Revision::id).toList();
    }
}
