package org.opsdb.migrations.runtime;

import java.util.List;
import java.util.Set;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param headsBefore version-table heads before the command
 * @param headsAfter  version-table heads after the command
 * @param steps       the steps taken, in order (empty for a stamp or when nothing was pending)
 * @param warnings    one line for each thing the command found wrong and repaired on its way (e.g. a missing
 *                    history table it created), also logged at WARN; empty when none
 */
public record MigrationResult(Set<String> headsBefore, Set<String> headsAfter, List<AppliedStep> steps,
                              List<String> warnings) {

    /** Copies the collections. */
    public MigrationResult {
        headsBefore = Set.copyOf(headsBefore);
        headsAfter = Set.copyOf(headsAfter);
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /** A result without warnings. */
    public MigrationResult(Set<String> headsBefore, Set<String> headsAfter, List<AppliedStep> steps) {
        this(headsBefore, headsAfter, steps, List.of());
    }

    /** This result with {@code more} warnings after its own. */
    public MigrationResult withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new MigrationResult(headsBefore, headsAfter, steps, all);
    }

    /** Whether the command changed nothing. */
    public boolean nothingToDo() {
        return steps.isEmpty() && headsBefore.equals(headsAfter);
    }
}
