package org.opsdb.migrations.revision;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The graph of all known revisions: heads, bases, identifier resolution, and migration plans between any two
 * states. Immutable; building it validates the revisions (see {@link #of(Collection)}).
 *
 * <h2>Ordering rules (Alembic's, so an Alembic user's expectations hold)</h2>
 * <ul>
 *   <li><b>Input order</b> breaks every tie: lists of revisions ({@link #all()}, {@link #heads()},
 *       {@link #bases()}) come in the order the revisions were given, which the script loader makes the order of
 *       locations, then of file and class names.</li>
 *   <li><b>Plans</b> are topological: an upgrade applies parents (down revisions and depends-on targets) before
 *       children; a downgrade removes children before parents. Among branches, the order is Alembic's
 *       {@code RevisionMap._topological_sort}: starting from the tips (upgrade: the targets; downgrade: the
 *       current heads; history: the upper end), one line of descent is followed until it reaches a revision that
 *       another pending line also leads to, so each branch is finished down to its branch point before anything
 *       below it; the arms of a merge are taken in {@code down_revision} order. An upgrade is that walk reversed,
 *       so the last-named arm of a merge is applied first, exactly as {@code alembic upgrade} does.</li>
 *   <li><b>History</b> is newest first, in that same walk order, like {@code alembic history}.</li>
 * </ul>
 *
 * <h2>Walk semantics</h2>
 * <ul>
 *   <li>Upgrading to a target applies every not yet applied ancestor of it, over down-revision and depends-on
 *       edges; so {@code +1} into a merge applies every missing arm. An applied target gives an empty plan.</li>
 *   <li>Downgrading to X removes the applied revisions that descend from X's children (over both kinds of edge,
 *       so dependents of removed revisions go too), leaving unrelated branches alone; {@code base} removes
 *       everything applied; a target that is not applied is an error.</li>
 *   <li>Relative steps walk down-revision edges only and never guess: {@code +N} from several current heads or
 *       through a branch point, {@code -N} from several current heads or through a merge, is an error.</li>
 *   <li>The version table holds the heads of the applied set over both kinds of edge
 *       ({@link #versionHeads(Set)}), as Alembic's {@code HeadMaintainer} leaves it: a revision that an applied
 *       revision depends on is implied by it and has no row of its own. {@code current} lists where each branch
 *       stands ({@link #currentRevisions(Set)}): the heads of the applied set over down-revision edges, so the
 *       implied position of a dependency's branch shows too, as in Alembic's {@code current}.</li>
 * </ul>
 */
public final class RevisionGraph {

    private final GraphStructure graph;
    private final IdentifierResolver resolver;
    private final MigrationPlanner planner;

    private RevisionGraph(GraphStructure graph) {
        this.graph = graph;
        this.resolver = new IdentifierResolver(graph);
        this.planner = new MigrationPlanner(graph, resolver);
    }

    /**
     * Builds and validates a graph. Fails with a one-line {@link RevisionException} on an illegal or reserved id,
     * a duplicate id (naming both sources), a duplicate branch label, a missing down revision or depends-on
     * target (naming the revision, its source and the missing id), or a cycle (naming its revisions).
     *
     * @param revisions the revisions; their order is the graph's input order
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        return new RevisionGraph(GraphStructure.of(revisions));
    }

    /** All revisions, in input order. */
    public List<Revision> all() {
        return List.copyOf(graph.revisions());
    }

    /** Whether the graph has no revisions. */
    public boolean isEmpty() {
        return graph.revisions().isEmpty();
    }

    /** Revisions no other revision names as a down revision (what {@code heads} prints), in input order. */
    public List<Revision> heads() {
        return revisions(graph.heads());
    }

    /** Revisions without a down revision, in input order. */
    public List<Revision> bases() {
        return revisions(graph.bases());
    }

    /** Ids of revisions that several revisions name as their down revision. */
    public Set<String> branchPoints() {
        return graph.revisions().stream().map(Revision::id).filter(id -> graph.children(id).size() > 1)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Ids of the revisions that name this one as a down revision, in input order. */
    public List<String> children(String id) {
        return graph.sorted(graph.children(get(id).id()));
    }

    /**
     * Ids of the revisions this one depends on: its {@code depends_on} entries with branch labels resolved to the
     * labelled revision, in the order written, less any that is also a down revision.
     */
    public List<String> dependencies(String id) {
        return graph.dependencies(get(id).id());
    }

    /** The revision with exactly this id; a {@link RevisionException} if there is none. */
    public Revision get(String id) {
        return find(id).orElseThrow(() -> new RevisionException("Can't locate revision identified by '" + id + "'"));
    }

    /** The revision with exactly this id, if any. */
    public Optional<Revision> find(String id) {
        return Optional.ofNullable(id == null ? null : graph.revision(id));
    }

    /**
     * Resolves an identifier: {@code head} (one head, else an error), {@code heads}, {@code base} (the empty set),
     * {@code current} (the given heads), a full id, a unique id prefix, a branch label (its labelled revision),
     * {@code label@head}, {@code label@heads}, {@code label@base}, {@code label@REV}, and the relative forms
     * {@code +N}/{@code -N} (from the single current head), {@code REV+N}/{@code REV-N}, {@code label@+N},
     * {@code label@-N}.
     *
     * @param identifier   what the user typed
     * @param currentHeads the heads stored in the version table (exact ids)
     * @return the revisions named, in input order
     */
    public Set<Revision> resolve(String identifier, Set<String> currentHeads) {
        return new LinkedHashSet<>(revisions(resolver.resolve(identifier, currentHeads)));
    }

    /** The steps that upgrade from {@code currentHeads} to {@code target}, oldest first; see the class notes. */
    public List<Step> upgradePlan(Set<String> currentHeads, String target) {
        return steps(planner.upgrade(currentHeads, target), Direction.UP);
    }

    /** The steps that downgrade from {@code currentHeads} to {@code target}, newest first; see the class notes. */
    public List<Step> downgradePlan(Set<String> currentHeads, String target) {
        return steps(planner.downgrade(currentHeads, target), Direction.DOWN);
    }

    /**
     * Whether {@code target} lies below {@code currentHeads}: it names applied revisions that are not all current
     * heads, so a downgrade, not an upgrade, moves there (an upgrade to it has nothing to do). False for a target
     * that is not applied, cannot be a downgrade target, or is exactly where the database is.
     */
    public boolean isBelow(Set<String> currentHeads, String target) {
        try {
            return !planner.downgrade(currentHeads, target).isEmpty();
        } catch (RevisionException notADowngradeTarget) {
            return false;
        }
    }

    /** Every revision the stored heads imply is applied: their ancestors (down and depends-on), inclusive. */
    public Set<String> appliedSet(Set<String> versionHeads) {
        return new LinkedHashSet<>(graph.sorted(planner.applied(versionHeads)));
    }

    /**
     * What the version table must hold for an applied set: the applied revisions that no applied revision names
     * as a down revision or depends on (as Alembic's {@code HeadMaintainer} leaves it).
     */
    public Set<String> versionHeads(Set<String> applied) {
        return new LinkedHashSet<>(planner.versionHeads(applied));
    }

    /**
     * Where the database stands on each branch, for the version table's {@code versionRows}: the applied revisions
     * that no applied revision names as a down revision, in input order; a dependency's position that the rows
     * only imply is among them (Alembic's {@code current}).
     */
    public List<Revision> currentRevisions(Set<String> versionRows) {
        return revisions(planner.branchHeads(planner.applied(versionRows)));
    }

    /**
     * Revisions in a range {@code FROM:TO} (either side optional, identifiers as in {@link #resolve}), newest
     * first like {@code alembic history}; a null or blank range lists everything.
     */
    public List<Revision> history(String range, Set<String> currentHeads) {
        return revisions(planner.history(range, currentHeads));
    }

    private List<Revision> revisions(Collection<String> ids) {
        return ids.stream().map(graph::revision).toList();
    }

    private List<Step> steps(List<String> ids, Direction direction) {
        return ids.stream().map(id -> new Step(graph.revision(id), direction)).toList();
    }
}
