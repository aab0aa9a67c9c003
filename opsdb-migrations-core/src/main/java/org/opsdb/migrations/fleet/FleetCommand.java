package org.opsdb.migrations.fleet;

import java.util.Locale;
import java.util.Objects;

/**
 * What a fleet runs on each target.
 *
 * @param action   upgrade, downgrade, or read the current revision
 * @param revision the goal: the revision to upgrade or downgrade to, or for {@code current} the revision a target
 *                 must be at (or past) not to count as behind, e.g. {@code heads}
 */
public record FleetCommand(Action action, String revision) {

    /** The commands a fleet runs. */
    public enum Action {
        /** {@link org.opsdb.migrations.Migrations#upgrade(String)}. */
        UPGRADE,
        /** {@link org.opsdb.migrations.Migrations#downgrade(String)}. */
        DOWNGRADE,
        /** {@link org.opsdb.migrations.Migrations#current()}, compared with the goal. */
        CURRENT;

        /** The action as the console names it: {@code upgrade}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the parts. */
    public FleetCommand {
        Objects.requireNonNull(action, "action");
        if (revision == null || revision.isBlank()) {
            throw new IllegalArgumentException("'fleet " + action.word() + "' needs a revision, e.g. 'fleet "
                    + action.word() + " " + (action == Action.DOWNGRADE ? "-1" : "head") + "'");
        }
    }

    @Override
    public String toString() {
        return action.word() + " " + revision;
    }
}
