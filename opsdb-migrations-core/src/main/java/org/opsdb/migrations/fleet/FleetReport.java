package org.opsdb.migrations.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.opsdb.migrations.fleet.TargetResult.Outcome;

/**
 * What a fleet's run did: one {@link TargetResult} per target, in the run's order.
 *
 * @param command  the command run
 * @param started  when the run started
 * @param duration how long it took
 * @param results  one result per target
 */
public record FleetReport(FleetCommand command, Instant started, Duration duration, List<TargetResult> results) {

    /** Copies the results. */
    public FleetReport {
        results = List.copyOf(results);
    }

    /** How many targets ended with {@code outcome}. */
    public int count(Outcome outcome) {
        return (int) results.stream().filter(result -> result.outcome() == outcome).count();
    }

    /** Whether every target reached the goal. */
    public boolean reachedGoal() {
        return count(Outcome.OK) == results.size();
    }

    /** The report as JSON ({@link FleetReportJson}). */
    public String json() {
        return FleetReportJson.write(this);
    }
}
