package org.opsdb.migrations.fleet;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.fleet.TargetResult.Outcome;

/**
 * What a fleet runs on each target.
 *
 * @param action   upgrade, downgrade, read the current revision, check against the entity model, or lint
 * @param revision the goal: the revision to upgrade or downgrade to, for {@code current} the revision a target
 *                 must be at (or past) not to count as behind, e.g. {@code heads}; for {@code lint} the end of the
 *                 range each target would run (from its current revision); {@code heads} for {@code check}
 * @param model    the entity model {@code check} compares each target with; {@code null} for the other actions
 */
public record FleetCommand(Action action, String revision, ModelSource model) {

    /** The commands a fleet runs. */
    public enum Action {
        /** {@link org.opsdb.migrations.Migrations#upgrade(String)}. */
        UPGRADE,
        /** {@link org.opsdb.migrations.Migrations#downgrade(String)}. */
        DOWNGRADE,
        /** {@link org.opsdb.migrations.Migrations#current()}, compared with the goal. */
        CURRENT,
        /** {@link org.opsdb.migrations.Migrations#check(ModelSource, String)}: the target's schema against the model. */
        CHECK,
        /** {@link org.opsdb.migrations.Migrations#lint}: the revisions the target would run, for lock hazards. */
        LINT;

        /** The action as the console names it: {@code upgrade}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The outcomes a run of this action can have, in the order reports count them: {@code behind} for the
         * migrating actions and {@code current}, {@code findings} for {@code check} and {@code lint}.
         */
        public List<Outcome> outcomes() {
            return List.of(Outcome.OK, this == CHECK || this == LINT ? Outcome.FINDINGS : Outcome.BEHIND,
                    Outcome.FAILED, Outcome.SKIPPED);
        }
    }

    /** An action without a model (every one but {@code check}). */
    public FleetCommand(Action action, String revision) {
        this(action, revision, null);
    }

    /** {@code check}: every target, which must be at the heads, compared with {@code model}. */
    public static FleetCommand check(ModelSource model) {
        return new FleetCommand(Action.CHECK, "heads", model);
    }

    /** Checks the parts. */
    public FleetCommand {
        Objects.requireNonNull(action, "action");
        if (revision == null || revision.isBlank()) {
            throw new IllegalArgumentException("'fleet " + action.word() + "' needs a revision, e.g. 'fleet "
                    + action.word() + " " + (action == Action.DOWNGRADE ? "-1" : "head") + "'");
        }
        if (action == Action.CHECK && model == null) {
            throw new IllegalArgumentException("'fleet check' needs the entity model to compare the targets with");
        }
    }

    /** {@code upgrade head}; {@code check} alone (it always compares at the heads). */
    @Override
    public String toString() {
        return action == Action.CHECK ? action.word() : action.word() + " " + revision;
    }
}
