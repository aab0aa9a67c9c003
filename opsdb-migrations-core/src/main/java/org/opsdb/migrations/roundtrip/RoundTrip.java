package org.opsdb.migrations.roundtrip;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.runtime.MigrationResult;

/**
 * The CI round trip over a {@link Migrations}: {@code upgrade head}, then for each head a downgrade that removes
 * just that head and {@code upgrade head} again. With one head that is {@code upgrade head, downgrade -1,
 * upgrade head}; with several heads (or a head that is a base or a merge, where {@code -1} is not one step) each
 * head is removed in turn through {@link #removalTarget} (which also removes the other branches of a down revision
 * that has several children) and the upgrades go to {@code heads}. Used by the
 * console's {@code roundtrip} and the test kit's round-trip check; it starts from the database as it is.
 */
public final class RoundTrip {

    /** Told about each leg as the round trip runs, e.g. to print it before its revisions run. */
    public interface Listener {

        /** Before {@code leg} runs. */
        default void beforeLeg(RoundTripLeg leg) {
        }

        /** After {@code leg} ran. */
        default void afterLeg(CompletedLeg leg) {
        }
    }

    private final Migrations migrations;

    /** The round trip of these migrations. */
    public RoundTrip(Migrations migrations) {
        this.migrations = migrations;
    }

    /** The legs, in order, planned from the revision graph alone. */
    public List<RoundTripLeg> plan() {
        RevisionGraph graph = migrations.graph();
        List<Revision> heads = graph.heads();
        RoundTripLeg upgrade = new RoundTripLeg(Direction.UP, heads.size() == 1 ? "head" : "heads");
        List<RoundTripLeg> legs = new ArrayList<>(List.of(upgrade));
        Set<String> all = graph.appliedSet(ids(heads));
        for (Revision head : heads) {
            Set<String> keep = new LinkedHashSet<>(all);
            keep.remove(head.id());
            String target = heads.size() == 1 && !head.isBase() && !head.isMerge()
                    ? "-1" : removalTarget(graph, head, keep);
            legs.add(new RoundTripLeg(Direction.DOWN, target));
            legs.add(upgrade);
        }
        return legs;
    }

    /** Runs {@link #plan()}; the first leg that fails ends the round trip with its exception. */
    public List<CompletedLeg> run(Listener listener) {
        List<CompletedLeg> done = new ArrayList<>();
        for (RoundTripLeg leg : plan()) {
            listener.beforeLeg(leg);
            MigrationResult result = leg.direction() == Direction.UP
                    ? migrations.upgrade(leg.target()) : migrations.downgrade(leg.target());
            CompletedLeg completed = new CompletedLeg(leg, result);
            done.add(completed);
            listener.afterLeg(completed);
        }
        return done;
    }

    /** Runs {@link #plan()} with no listener. */
    public List<CompletedLeg> run() {
        return run(new Listener() {
        });
    }

    /**
     * A downgrade target that removes {@code revision} and keeps {@code keep}: {@code base} for a base, else a down
     * revision none of whose other children is kept (so nothing else descends from the target's children), else its
     * first down revision.
     */
    public static String removalTarget(RevisionGraph graph, Revision revision, Set<String> keep) {
        if (revision.isBase()) {
            return "base";
        }
        for (String parent : revision.downRevisions()) {
            boolean alone = graph.children(parent).stream()
                    .noneMatch(child -> !child.equals(revision.id()) && keep.contains(child));
            if (alone) {
                return parent;
            }
        }
        return revision.downRevisions().get(0);
    }

    private static Set<String> ids(List<Revision> revisions) {
        Set<String> ids = new LinkedHashSet<>();
        revisions.forEach(revision -> ids.add(revision.id()));
        return ids;
    }
}
