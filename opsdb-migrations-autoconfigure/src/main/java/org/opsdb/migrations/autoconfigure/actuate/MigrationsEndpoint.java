package org.opsdb.migrations.autoconfigure.actuate;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.graph.GraphEdge;
import org.opsdb.migrations.graph.GraphModel;
import org.opsdb.migrations.graph.GraphNode;
import org.opsdb.migrations.status.MigrationStatus;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.runtime.HistoryRecord;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code migrations} actuator endpoint: current revisions, heads, pending revisions and the history table; at
 * {@code migrations/graph} the revision graph as nodes and edges, the database's current revisions marked.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final Migrations migrations;
    private final MigrationStatusReader statusReader;

    /** An endpoint over the given migrations. */
    public MigrationsEndpoint(Migrations migrations, MigrationStatusReader statusReader) {
        this.migrations = migrations;
        this.statusReader = statusReader;
    }

    /** Reads the state of the database. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        MigrationStatus status = statusReader.read();
        return new MigrationsDescriptor(status.current(), status.heads(), status.target(),
                status.pending().stream().map(RevisionDescriptor::of).toList(),
                status.drifted().stream().map(d -> d.revision()).toList(),
                migrations.appliedHistory().stream().map(HistoryDescriptor::of).toList());
    }

    /**
     * {@code /actuator/migrations/graph}: the revision graph as nodes (newest first, as {@code history} lists them)
     * and edges (parent to child, and {@code depends_on} target to the revision naming it), the database's current
     * revisions marked; any other name under the endpoint is not found.
     *
     * @param part {@code graph}
     * @return the graph, or {@code null} (404) for another name
     */
    @ReadOperation
    public GraphDescriptor graph(@Selector String part) {
        if (!"graph".equals(part)) {
            return null;
        }
        return graph(migrations, statusReader.current().stream().map(Revision::id)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The revision graph of {@code migrations}' scripts, the revisions in {@code current} marked. */
    static GraphDescriptor graph(Migrations migrations, Set<String> current) {
        GraphModel model = GraphModel.of(migrations.graph(), current);
        return new GraphDescriptor(model.nodes().stream().map(NodeDescriptor::of).toList(),
                model.edges().stream().map(EdgeDescriptor::of).toList());
    }

    /**
     * The endpoint's answer.
     *
     * @param current revisions in the version table
     * @param heads   heads of the revision graph
     * @param target  the configured target
     * @param pending revisions an upgrade to the target would apply, in order
     * @param drifted applied revisions whose script changed since
     * @param history rows of the history table, oldest first
     */
    public record MigrationsDescriptor(List<String> current, List<String> heads, String target,
                                       List<RevisionDescriptor> pending, List<String> drifted,
                                       List<HistoryDescriptor> history) {
    }

    /**
     * A revision.
     *
     * @param revision the id
     * @param message  its message
     * @param script   where it came from
     */
    public record RevisionDescriptor(String revision, String message, String script) {

        static RevisionDescriptor of(Revision revision) {
            return new RevisionDescriptor(revision.id(), revision.message(), revision.source());
        }
    }

    /**
     * A row of the history table.
     *
     * @param revision   revision id
     * @param direction  {@code up}, {@code down} or {@code stamp}
     * @param message    revision message
     * @param script     script source
     * @param checksum   script checksum, when recorded
     * @param durationMs how long the step took, or {@code null} for a stamp
     * @param appliedBy  database user
     * @param appliedAt  when
     * @param success    whether it succeeded
     */
    public record HistoryDescriptor(String revision, String direction, String message, String script,
                                    String checksum, Long durationMs, String appliedBy, OffsetDateTime appliedAt,
                                    boolean success) {

        static HistoryDescriptor of(HistoryRecord record) {
            return new HistoryDescriptor(record.revision(), record.direction().stored(), record.message(), record.script(),
                    record.checksum(), record.duration() == null ? null : record.duration().toMillis(),
                    record.appliedBy(), record.appliedAt(), record.success());
        }
    }

    /**
     * The revision graph.
     *
     * @param nodes the revisions, newest first
     * @param edges the edges between them
     */
    public record GraphDescriptor(List<NodeDescriptor> nodes, List<EdgeDescriptor> edges) {
    }

    /**
     * A revision of the graph.
     *
     * @param id      the revision id
     * @param message its message
     * @param labels  its branch labels
     * @param head    whether no revision follows it (what {@code heads} lists)
     * @param base    whether it has no down revision
     * @param merge   whether it has several down revisions
     * @param current whether the database's version table holds it
     */
    public record NodeDescriptor(String id, String message, List<String> labels, boolean head, boolean base,
                                 boolean merge, boolean current) {

        static NodeDescriptor of(GraphNode node) {
            return new NodeDescriptor(node.id(), node.message(), node.labels(), node.head(), node.base(),
                    node.merge(), node.current());
        }
    }

    /**
     * An edge of the graph, from the older revision to the newer.
     *
     * @param from the parent, or the revision depended on
     * @param to   the child, or the revision whose {@code depends_on} names {@code from}
     * @param kind {@code parent} or {@code depends_on}
     */
    public record EdgeDescriptor(String from, String to, String kind) {

        static EdgeDescriptor of(GraphEdge edge) {
            return new EdgeDescriptor(edge.from(), edge.to(), edge.kind().value());
        }
    }
}
