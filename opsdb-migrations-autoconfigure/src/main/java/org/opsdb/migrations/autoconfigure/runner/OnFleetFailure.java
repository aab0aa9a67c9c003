package org.opsdb.migrations.autoconfigure.runner;

/** What a fleet target that did not reach the goal on boot does to the boot ({@link FleetMigrationRunner}). */
public enum OnFleetFailure {

    /** Fail the boot with one line naming the targets and why. */
    FAIL,

    /** Log that line at ERROR and boot; the health indicator is DOWN until every target is at the goal. */
    CONTINUE
}
