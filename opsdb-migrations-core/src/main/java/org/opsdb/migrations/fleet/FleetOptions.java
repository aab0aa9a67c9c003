package org.opsdb.migrations.fleet;

import java.time.Duration;
import org.opsdb.migrations.MigrationsSettings;

/**
 * How a fleet runs its targets.
 *
 * @param parallel    how many targets run at once (at least 1)
 * @param canary      how many targets run first, on their own; when one of them fails, no other target is run
 *                    (0: no canary step)
 * @param maxFailures after this many failed targets no further target is started (1: stop on the first failure;
 *                    0: no limit, every target is tried)
 * @param timeout     how long one target may take before its connections are closed and it counts as failed
 *                    ({@link Duration#ZERO}: no limit)
 */
public record FleetOptions(int parallel, int canary, int maxFailures, Duration timeout) {

    /** 4 at once, no canary, no failure limit, no timeout. */
    public static final FleetOptions DEFAULTS = new FleetOptions(4, 0, 0, Duration.ZERO);

    /** Checks every value; one line naming the option. */
    public FleetOptions {
        if (parallel < 1) {
            throw new IllegalArgumentException("Invalid parallel " + parallel + ": must be 1 or more");
        }
        if (canary < 0) {
            throw new IllegalArgumentException("Invalid canary " + canary + ": must be 0 or more");
        }
        if (maxFailures < 0) {
            throw new IllegalArgumentException("Invalid max failures " + maxFailures
                    + ": must be 0 (no limit) or more");
        }
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("Invalid timeout " + timeout + ": must be zero (none) or positive");
        }
    }

    /**
     * The options the settings give: {@code opsdb.migrations.fleet.parallel}, {@code .canary}, {@code .max-failures}
     * and {@code .timeout}.
     */
    public static FleetOptions of(MigrationsSettings settings) {
        return new FleetOptions(settings.fleetParallel(), settings.fleetCanary(), settings.fleetMaxFailures(),
                settings.fleetTimeout());
    }

    /** Whether the failures so far stop the fleet from starting further targets. */
    boolean stops(int failures) {
        return maxFailures > 0 && failures >= maxFailures;
    }
}
