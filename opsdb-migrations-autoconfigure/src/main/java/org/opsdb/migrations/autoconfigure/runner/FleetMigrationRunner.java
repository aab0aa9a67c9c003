package org.opsdb.migrations.autoconfigure.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.autoconfigure.fleet.ConfiguredFleet;
import org.opsdb.migrations.fleet.FleetCommand;
import org.opsdb.migrations.fleet.FleetCommand.Action;
import org.opsdb.migrations.fleet.FleetReport;
import org.opsdb.migrations.fleet.TargetResult;
import org.opsdb.migrations.fleet.TargetResult.Outcome;
import org.opsdb.migrations.runtime.MigrationException;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings every target of the application's fleet ({@code opsdb.migrations.fleet.*}) to the configured target when
 * the application context starts, before JPA, as {@link MigrationRunner} does for a single database (it replaces
 * it when a fleet is configured): {@link OnBoot#MIGRATE} upgrades every target, {@link OnBoot#VALIDATE} reads
 * every target and changes nothing, {@link OnBoot#NONE} does nothing. The fleet's concurrency, canary, failure limit
 * and per-target timeout apply. When a target did not reach the goal the boot fails with one line naming the targets
 * and why, unless {@link OnFleetFailure#CONTINUE} says to log that line and boot.
 */
public class FleetMigrationRunner implements InitializingBean {

    /** How many failed targets, and behind targets, the one line names before counting the rest. */
    static final int NAMED = 5;

    private static final Log logger = LogFactory.getLog(FleetMigrationRunner.class);

    private final ConfiguredFleet fleet;
    private final OnBoot onBoot;
    private final String target;
    private final OnFleetFailure onFailure;

    /**
     * A runner for the given fleet.
     *
     * @param target    the revision to bring every target to, e.g. {@code heads}
     * @param onFailure whether a target that did not reach it fails the boot
     */
    public FleetMigrationRunner(ConfiguredFleet fleet, OnBoot onBoot, String target, OnFleetFailure onFailure) {
        this.fleet = fleet;
        this.onBoot = onBoot;
        this.target = target;
        this.onFailure = onFailure;
    }

    @Override
    public void afterPropertiesSet() {
        switch (onBoot) {
            case MIGRATE -> run(Action.UPGRADE);
            case VALIDATE -> run(Action.CURRENT);
            case NONE -> logger.debug(MigrationsSettings.PROPERTY_PREFIX
                    + ".on-boot=none: not touching the fleet's targets");
        }
    }

    private void run(Action action) {
        FleetCommand command = new FleetCommand(action, target);
        FleetReport report = fleet.run(command, (result, progress) -> {
            if (logger.isDebugEnabled()) {
                logger.debug("Fleet " + command + ": " + result.target().name() + " " + result.outcome().word() + " "
                        + TargetResult.heads(result.before()) + " -> " + TargetResult.heads(result.after())
                        + " (" + progress.left() + " left)");
            }
        });
        if (report.reachedGoal()) {
            logger.info(summary(command, report));
            return;
        }
        String line = shortfall(command, report);
        if (onFailure == OnFleetFailure.CONTINUE) {
            logger.error(line + " (" + MigrationsSettings.PROPERTY_PREFIX + ".fleet.on-failure=continue: booting)");
            return;
        }
        throw new MigrationException(line);
    }

    /** {@code Fleet upgrade heads: 25 targets, 20 upgraded, 5 already there, in 812 ms}. */
    private static String summary(FleetCommand command, FleetReport report) {
        int total = report.results().size();
        long changed = report.results().stream().filter(result -> !result.before().equals(result.after())).count();
        return "Fleet " + command + ": " + total + (total == 1 ? " target" : " targets")
                + (command.action() == Action.UPGRADE ? ", " + changed + " upgraded, " + (total - changed)
                + " already there" : " at " + command.revision()) + ", in " + report.duration().toMillis() + " ms";
    }

    /**
     * The one line saying which targets did not reach the goal and why: {@code Fleet upgrade heads: 2 of 25 targets
     * did not reach heads: t_07 failed: REASON; t_09 failed: REASON; 10 skipped: not run: a canary target failed}.
     */
    static String shortfall(FleetCommand command, FleetReport report) {
        List<String> failed = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (TargetResult result : report.results()) {
            switch (result.outcome()) {
                case FAILED -> failed.add(result.target().name() + " failed: " + result.reason());
                case BEHIND -> behind.add(result.target().name());
                case SKIPPED -> skipped.merge(result.reason(), 1, Integer::sum);
                case OK -> { }
            }
        }
        List<String> parts = new ArrayList<>(named(failed, " more failed"));
        if (!behind.isEmpty()) {
            parts.add(String.join(", ", named(behind, " more")) + " behind");
        }
        skipped.forEach((reason, count) -> parts.add(count + " skipped: " + reason));
        int missed = report.results().size() - report.count(Outcome.OK);
        String line = "Fleet " + command + ": " + missed + " of " + report.results().size()
                + " targets did not reach " + command.revision() + ": " + String.join("; ", parts);
        return command.action() == Action.CURRENT && !behind.isEmpty()
                ? line + "; run 'fleet upgrade " + command.revision() + "', or set "
                + MigrationsSettings.PROPERTY_PREFIX + ".on-boot=migrate"
                : line;
    }

    /** The first {@link #NAMED} items, then {@code and 7 more failed} for the rest. */
    private static List<String> named(List<String> items, String more) {
        if (items.size() <= NAMED) {
            return items;
        }
        List<String> named = new ArrayList<>(items.subList(0, NAMED));
        named.add("and " + (items.size() - NAMED) + more);
        return named;
    }
}
