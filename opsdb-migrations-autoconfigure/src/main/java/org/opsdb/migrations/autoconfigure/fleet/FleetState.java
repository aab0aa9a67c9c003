package org.opsdb.migrations.autoconfigure.fleet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.fleet.FleetReport;
import org.opsdb.migrations.fleet.TargetResult;
import org.opsdb.migrations.fleet.TargetResult.Outcome;

/**
 * Where the targets of a fleet are against a goal, as a {@code current} run read them.
 *
 * @param goal     the revision every target should be at, e.g. {@code heads}
 * @param results  one result per target, sorted: ok (at or past the goal), behind, or failed with one line
 * @param upToDate how many targets are at or past the goal
 * @param behind   the targets below the goal, in order
 * @param failed   the targets that could not be read, each with the one line saying why, in order
 */
public record FleetState(String goal, List<TargetResult> results, int upToDate, List<String> behind,
                         Map<String, String> failed) {

    /** Copies the parts. */
    public FleetState {
        results = List.copyOf(results);
        behind = List.copyOf(behind);
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }

    /** The state a {@code current} run reported. */
    public static FleetState of(FleetReport report) {
        List<String> behind = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (TargetResult result : report.results()) {
            if (result.outcome() == Outcome.BEHIND) {
                behind.add(result.target().name());
            } else if (result.outcome() != Outcome.OK) {
                failed.put(result.target().name(), result.reason());
            }
        }
        return new FleetState(report.command().revision(), report.results(), report.count(Outcome.OK), behind,
                failed);
    }

    /** Whether every target is at or past the goal. */
    public boolean upToDateEverywhere() {
        return behind.isEmpty() && failed.isEmpty();
    }
}
