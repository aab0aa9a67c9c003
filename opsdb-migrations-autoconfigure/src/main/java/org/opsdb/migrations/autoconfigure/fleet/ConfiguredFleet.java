package org.opsdb.migrations.autoconfigure.fleet;

import java.util.List;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.fleet.Fleet;
import org.opsdb.migrations.fleet.FleetCommand;
import org.opsdb.migrations.fleet.FleetListener;
import org.opsdb.migrations.fleet.FleetOptions;
import org.opsdb.migrations.fleet.FleetReport;
import org.opsdb.migrations.fleet.FleetTarget;
import org.opsdb.migrations.fleet.FleetTargets;
import org.opsdb.migrations.runtime.UrlDataSource;

/**
 * The fleet the settings of the application's {@link Migrations} name ({@code opsdb.migrations.fleet.*}): its
 * targets, read again at each use (a query sees tenants added since), run by the core {@link Fleet} with the
 * configured concurrency and failure policy. Used by the boot runner, the actuator endpoint and the health indicator.
 */
public class ConfiguredFleet {

    private final Migrations base;

    /** The fleet of {@code base}'s settings, over its scripts and (for schema targets) its database. */
    public ConfiguredFleet(Migrations base) {
        this.base = base;
    }

    /** The targets the settings name, sorted. */
    public List<FleetTarget> targets() {
        return FleetTargets.configured(base.settings(), base.dataSource().orElse(null));
    }

    /** Runs {@code command} on every target with the configured options, telling {@code listener}. */
    public FleetReport run(FleetCommand command, FleetListener listener) {
        return run(command, FleetOptions.of(base.settings()), listener);
    }

    /**
     * Reads where every target is against {@code goal}: a {@code current} run at the configured concurrency and
     * timeout, with no canary and no failure limit, so that every target is read.
     */
    public FleetState state(String goal) {
        FleetOptions configured = FleetOptions.of(base.settings());
        return FleetState.of(run(new FleetCommand(FleetCommand.Action.CURRENT, goal),
                new FleetOptions(configured.parallel(), 0, 0, configured.timeout()), FleetListener.NONE));
    }

    /** The heads of the scripts' revision graph. */
    public List<String> heads() {
        return base.heads().stream().map(revision -> revision.id()).sorted().toList();
    }

    private FleetReport run(FleetCommand command, FleetOptions options, FleetListener listener) {
        return new Fleet(base, ConfiguredFleet::urlDataSource).run(command, targets(), options, listener);
    }

    private static DataSource urlDataSource(String url) {
        return new UrlDataSource(url, null, null);
    }
}
