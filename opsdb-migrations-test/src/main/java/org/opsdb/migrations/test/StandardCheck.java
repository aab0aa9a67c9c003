package org.opsdb.migrations.test;

/**
 * The standard migration checks, in the order they run. Checks that touch the database start from an empty one
 * (every user schema dropped), except {@link #CHECKSUMS_UNCHANGED}, which looks at the database as it is given.
 */
public enum StandardCheck {

    /** The graph has exactly one head, or exactly the declared heads. */
    SINGLE_HEAD("single head", false, new HeadsCheck()),
    /** Every revision has a downgrade. */
    DOWNGRADES_PRESENT("every revision has a downgrade", false, new DowngradesPresentCheck()),
    /** No revision recorded as applied in the given database was edited since (history-table checksums). */
    CHECKSUMS_UNCHANGED("no applied checksum drifted", true, new ChecksumsCheck()),
    /** {@code upgrade heads} from an empty database. */
    UPGRADE("upgrade base to head", true, new UpgradeCheck()),
    /** {@code upgrade head; downgrade -1; upgrade head}, as the CI job runs it (each head in turn). */
    ROUND_TRIP("round trip: upgrade head, downgrade -1, upgrade head", true, new RoundTripCheck()),
    /** Every revision, one at a time in graph order: up, down, up again. */
    STAIRWAY("stairway: every revision up, down, up", true, new StairwayCheck()),
    /** For every revision, the schema after its downgrade is exactly the schema before its upgrade. */
    DOWNGRADE_LEAVES_NO_TRACE("downgrade leaves no trace", true, new NoTraceCheck()),
    /** Comparing the mapped models with the database migrated to heads finds no difference. */
    MODELS_MATCH("models match the migrated database", true, new ModelsMatchCheck()),
    /**
     * The schema {@code init} creates from the entity model equals the schema {@code upgrade heads} creates (by
     * schema snapshot, as {@link #DOWNGRADE_LEAVES_NO_TRACE} compares).
     */
    INIT_MATCHES_MIGRATIONS("init matches upgrade heads", true, new InitMatchesMigrationsCheck()),
    /**
     * No revision has a lock hazard (docs/zero-downtime.md) that its script does not allow with a reason: neither a
     * lint finding nor a lock the trace observed held across a scan; the failure lists the finding lines.
     */
    LOCK_SAFETY("lock safety: no lint or lock trace finding", true, new LockSafetyCheck());

    private final String displayName;
    private final boolean needsDatabase;
    private final Check implementation;

    StandardCheck(String displayName, boolean needsDatabase, Check implementation) {
        this.displayName = displayName;
        this.needsDatabase = needsDatabase;
        this.implementation = implementation;
    }

    /** The name shown in test reports. */
    public String displayName() {
        return displayName;
    }

    /** Whether the check runs against a database. */
    public boolean needsDatabase() {
        return needsDatabase;
    }

    Check implementation() {
        return implementation;
    }
}
