package org.opsdb.migrations.runtime;

import java.util.List;
import java.util.Set;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param headsBefore version-table heads before the command
 * @param headsAfter  version-table heads after the command
 * @param steps       the steps taken, in order (empty for a stamp or when nothing was pending)
 */
public record MigrationResult(Set<String> headsBefore, Set<String> headsAfter, List<AppliedStep> steps) {

    /** Copies the collections. */
    public MigrationResult {
        headsBefore = Set.copyOf(headsBefore);
        headsAfter = Set.copyOf(headsAfter);
        steps = List.copyOf(steps);
    }

    /** Whether the command changed nothing. */
    public boolean nothingToDo() {
        return steps.isEmpty() && headsBefore.equals(headsAfter);
    }
}
