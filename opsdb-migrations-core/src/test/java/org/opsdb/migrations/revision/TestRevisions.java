package org.opsdb.migrations.revision;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small builders that keep the graph tests readable. */
final class TestRevisions {

    private TestRevisions() {
    }

    /** A revision whose source is {@code <id>.sql}. */
    static Revision rev(String id, String... downs) {
        return new Revision(id, List.of(downs), List.of(), List.of(), "", null, id + ".sql");
    }

    /** A labelled revision. */
    static Revision labelled(String id, String label, String... downs) {
        return new Revision(id, List.of(downs), List.of(label), List.of(), "", null, id + ".sql");
    }

    /** A revision with depends-on entries. */
    static Revision depending(String id, List<String> dependsOn, String... downs) {
        return new Revision(id, List.of(downs), List.of(), dependsOn, "", null, id + ".sql");
    }

    /** Ordered set of ids. */
    static Set<String> ids(String... ids) {
        return new LinkedHashSet<>(Arrays.asList(ids));
    }

    /** Ids of revisions, in order. */
    static List<String> idsOf(Collection<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    /** Ids of steps, in order. */
    static List<String> stepIds(List<Step> steps) {
        return steps.stream().map(Step::id).toList();
    }

    /**
     * The project's sample graph: a branch at c, a merge m, a second root x labelled "other" whose z depends on
     * e1 across branches, and a label "feature" on d2.
     * <pre>
     * a - b - c - d1 - e1 ------ m - n
     *           \            /
     *            d2 - e2 ---      (d2 labelled "feature")
     * x - y - z                   (x labelled "other"; z depends on e1)
     * </pre>
     */
    static RevisionGraph sample() {
        return RevisionGraph.of(List.of(
                rev("a"), rev("b", "a"), rev("c", "b"),
                rev("d1", "c"), rev("e1", "d1"),
                labelled("d2", "feature", "c"), rev("e2", "d2"),
                rev("m", "e1", "e2"), rev("n", "m"),
                labelled("x", "other"), rev("y", "x"), depending("z", List.of("e1"), "y")));
    }
}
