package org.opsdb.migrations.autoconfigure.actuate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsEndpoint.GraphDescriptor;
import org.opsdb.migrations.autoconfigure.fleet.ConfiguredFleet;
import org.opsdb.migrations.autoconfigure.fleet.FleetState;
import org.opsdb.migrations.fleet.TargetResult;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code migrations} actuator endpoint of an application with a fleet ({@code opsdb.migrations.fleet.*}), in
 * place of {@link MigrationsEndpoint}: every target read now ({@link ConfiguredFleet#state}), how many are at the
 * configured target revision, which are behind, which could not be read and why, and each target's revisions; at
 * {@code migrations/graph} the revision graph, no revision marked (each target has its own).
 */
@Endpoint(id = "migrations")
public class MigrationsFleetEndpoint {

    private final Migrations migrations;
    private final ConfiguredFleet fleet;
    private final String target;

    /** An endpoint over the fleet of {@code migrations}, whose targets should be at {@code target}. */
    public MigrationsFleetEndpoint(Migrations migrations, ConfiguredFleet fleet, String target) {
        this.migrations = migrations;
        this.fleet = fleet;
        this.target = target;
    }

    /** Reads every target of the fleet. */
    @ReadOperation
    public FleetDescriptor migrations() {
        FleetState state = fleet.state(target);
        return new FleetDescriptor(target, fleet.heads(), state.results().size(), state.upToDate(), state.behind(),
                state.failed(), state.results().stream().map(TargetDescriptor::of).toList());
    }

    /**
     * {@code /actuator/migrations/graph}: the revision graph as {@link MigrationsEndpoint#graph} gives it, with no
     * revision marked current; any other name under the endpoint is not found.
     *
     * @param part {@code graph}
     * @return the graph, or {@code null} (404) for another name
     */
    @ReadOperation
    public GraphDescriptor graph(@Selector String part) {
        return "graph".equals(part) ? MigrationsEndpoint.graph(migrations, Set.of()) : null;
    }

    /**
     * The endpoint's answer for a fleet.
     *
     * @param target   the configured target revision, e.g. {@code heads}
     * @param heads    heads of the revision graph
     * @param targets  how many targets the fleet has
     * @param upToDate how many are at (or past) {@code target}
     * @param behind   the targets below it
     * @param failed   the targets that could not be read, each with the one line saying why
     * @param results  every target, sorted
     */
    public record FleetDescriptor(String target, List<String> heads, int targets, int upToDate, List<String> behind,
                                  Map<String, String> failed, List<TargetDescriptor> results) {
    }

    /**
     * One target of the fleet.
     *
     * @param target  the schema's name, or the JDBC URL with any password masked
     * @param kind    {@code schema} or {@code url}
     * @param current the revisions in its version table ({@code []}: none), or {@code null} when it could not be read
     * @param state   {@code ok} (at or past the target revision), {@code behind} or {@code failed}
     * @param reason  for a failed target, the one line saying why; otherwise {@code null}
     */
    public record TargetDescriptor(String target, String kind, List<String> current, String state, String reason) {

        static TargetDescriptor of(TargetResult result) {
            return new TargetDescriptor(result.target().name(), result.target().kind().name().toLowerCase(Locale.ROOT),
                    result.after() == null ? null : List.copyOf(result.after()),
                    result.outcome().word(), result.reason());
        }
    }
}
