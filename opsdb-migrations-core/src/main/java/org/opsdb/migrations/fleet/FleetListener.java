package org.opsdb.migrations.fleet;

/** Told about a fleet's run as it goes, always on the thread that called {@link Fleet#run}, one event at a time. */
public interface FleetListener {

    /** A listener that does nothing. */
    FleetListener NONE = (result, progress) -> { };

    /** A target finished (ok, behind or failed); {@code progress} counts it. */
    void finished(TargetResult result, FleetProgress progress);

    /** Before any target runs, when the run takes one shard: it took {@code taken} of the fleet's targets. */
    default void sharded(FleetShard shard, int taken, int fleetTargets) {
    }

    /** The canary targets all finished without failing; the others start now. */
    default void canaryPassed(int canaryTargets) {
    }
}
