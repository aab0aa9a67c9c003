package org.opsdb.migrations.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.fleet.TargetResult.Outcome;

/**
 * What a fleet's run did: one {@link TargetResult} per target, in the run's order.
 *
 * @param command      the command run
 * @param started      when the run started
 * @param duration     how long it took
 * @param results      one result per target run (the shard's share when sharded)
 * @param shard        the shard that ran, or {@code null} when the run took the whole fleet
 * @param fleetTargets how many targets the whole fleet has (the shard took {@code results.size()} of them)
 */
public record FleetReport(FleetCommand command, Instant started, Duration duration, List<TargetResult> results,
                          FleetShard shard, int fleetTargets) {

    /** Copies the results. */
    public FleetReport {
        results = List.copyOf(results);
        if (fleetTargets < results.size()) {
            throw new IllegalArgumentException("A fleet of " + fleetTargets + " targets cannot have run "
                    + results.size());
        }
    }

    /** The report of a run over the whole fleet (no shard). */
    public FleetReport(FleetCommand command, Instant started, Duration duration, List<TargetResult> results) {
        this(command, started, duration, results, null, results.size());
    }

    /** The shard that ran, if the run took one share of the fleet. */
    public Optional<FleetShard> sharded() {
        return Optional.ofNullable(shard);
    }

    /** How many targets ended with {@code outcome}. */
    public int count(Outcome outcome) {
        return (int) results.stream().filter(result -> result.outcome() == outcome).count();
    }

    /** Whether every target reached the goal (a shard that took no target did). */
    public boolean reachedGoal() {
        return count(Outcome.OK) == results.size();
    }

    /** The report as JSON ({@link FleetReportJson}). */
    public String json() {
        return FleetReportJson.write(this);
    }
}
