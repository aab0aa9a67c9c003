package org.opsdb.migrations.revision;

import java.util.Objects;

/**
 * One step of a migration plan: a revision and the direction to run it in.
 *
 * @param revision  the revision to run
 * @param direction {@link Direction#UP} to upgrade, {@link Direction#DOWN} to downgrade
 */
public record Step(Revision revision, Direction direction) {

    /** Checks that both parts are present. */
    public Step {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
    }

    /** The revision id, for logs and tests. */
    public String id() {
        return revision.id();
    }
}
