package org.opsdb.migrations.autoconfigure.actuate;

import org.opsdb.migrations.autoconfigure.fleet.ConfiguredFleet;
import org.opsdb.migrations.autoconfigure.fleet.FleetState;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of a fleet ({@code opsdb.migrations.fleet.*}), in place of {@link MigrationsHealthIndicator}: every target
 * read now; DOWN when some target is below the configured target revision or could not be read, UP otherwise, with
 * the counts, the targets behind and the failed ones with their reasons as details.
 */
public class MigrationsFleetHealthIndicator extends AbstractHealthIndicator {

    private final ConfiguredFleet fleet;
    private final String target;

    /** An indicator reading {@code fleet}'s targets against {@code target}. */
    public MigrationsFleetHealthIndicator(ConfiguredFleet fleet, String target) {
        super("Migrations fleet health check failed");
        this.fleet = fleet;
        this.target = target;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        FleetState state = fleet.state(target);
        (state.upToDateEverywhere() ? builder.up() : builder.down())
                .withDetail("target", target)
                .withDetail("targets", state.results().size())
                .withDetail("upToDate", state.upToDate())
                .withDetail("behind", state.behind())
                .withDetail("failed", state.failed());
    }
}
