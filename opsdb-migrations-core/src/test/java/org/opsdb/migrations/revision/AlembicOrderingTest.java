package org.opsdb.migrations.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.revision.TestRevisions.depending;
import static org.opsdb.migrations.revision.TestRevisions.ids;
import static org.opsdb.migrations.revision.TestRevisions.idsOf;
import static org.opsdb.migrations.revision.TestRevisions.labelled;
import static org.opsdb.migrations.revision.TestRevisions.rev;
import static org.opsdb.migrations.revision.TestRevisions.stepIds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The graphs and expected orders of Alembic's {@code tests/test_revision.py} ({@code BranchTravellingTest},
 * {@code MultipleBaseCrossDependencyTestOne}), expressed through this API: Alembic's downward iteration is our
 * history and downgrade order; its reverse is our upgrade order.
 */
class AlembicOrderingTest {

    private static final RevisionGraph BRANCH_TRAVELLING = RevisionGraph.of(List.of(
            rev("a1"), rev("a2", "a1"), rev("a3", "a2"),
            rev("b1", "a3"), rev("b2", "a3"),
            rev("cb1", "b1"), rev("cb2", "b2"),
            rev("db1", "cb1"), rev("db2", "cb2"),
            rev("e1b1", "db1"), rev("fe1b1", "e1b1"),
            rev("e2b1", "db1"), rev("e2b2", "db2"),
            rev("merge", "e2b1", "e2b2")));

    private static final RevisionGraph CROSS_DEPENDENCY = RevisionGraph.of(List.of(
            labelled("base1", "b_1"), rev("a1a", "base1"), rev("a1b", "base1"), rev("b1a", "a1a"),
            depending("b1b", List.of("a3"), "a1b"),
            labelled("base2", "b_2"), rev("a2", "base2"), rev("b2", "a2"), depending("c2", List.of("a3"), "b2"),
            rev("d2", "c2"),
            labelled("base3", "b_3"), rev("a3", "base3"), rev("b3", "a3")));

    @Test
    void twoBranchesToRoot() {
        List<String> downward = List.of("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2",
                "a3", "a2", "a1");
        assertThat(idsOf(BRANCH_TRAVELLING.history("a1:merge", Set.of()))).isEqualTo(downward);
        assertThat(stepIds(BRANCH_TRAVELLING.upgradePlan(Set.of(), "merge"))).isEqualTo(reversed(downward));
    }

    @Test
    void threeBranchesToRoot() {
        List<String> downward = List.of("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2",
                "cb2", "b2", "a3", "a2", "a1");
        assertThat(idsOf(BRANCH_TRAVELLING.history(null, Set.of()))).isEqualTo(downward);
        assertThat(stepIds(BRANCH_TRAVELLING.upgradePlan(Set.of(), "heads"))).isEqualTo(reversed(downward));
        assertThat(stepIds(BRANCH_TRAVELLING.downgradePlan(ids("fe1b1", "merge"), "base"))).isEqualTo(downward);
    }

    @Test
    void twoBranchesEndInBranch() {
        assertThat(idsOf(BRANCH_TRAVELLING.history("b1:merge", Set.of())))
                .containsExactly("merge", "e2b1", "db1", "cb1", "b1");
    }

    @Test
    void oneBranchBothToMerge() {
        // test_iterate_one_branch_both_to_merge (implicit base): every arm feeding the merge is filled in
        assertThat(stepIds(BRANCH_TRAVELLING.upgradePlan(ids("db1"), "merge")))
                .containsExactly("b2", "cb2", "db2", "e2b2", "e2b1", "merge");
    }

    @Test
    void crossDependencyHeads() {
        assertThat(idsOf(CROSS_DEPENDENCY.heads())).containsExactly("b1a", "b1b", "d2", "b3");
    }

    @Test
    void crossDependencyDowngradeAll() {
        assertThat(stepIds(CROSS_DEPENDENCY.downgradePlan(ids("b1a", "b1b", "d2", "b3"), "base")))
                .containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2",
                        "b3", "a3", "base3");
    }

    @Test
    void weNeedHead2Upgrade() {
        assertThat(stepIds(CROSS_DEPENDENCY.upgradePlan(Set.of(), "b_2@head")))
                .isEqualTo(reversed(List.of("d2", "c2", "b2", "a2", "base2", "a3", "base3")));
    }

    @Test
    void weNeedBase2Downgrade() {
        assertThat(stepIds(CROSS_DEPENDENCY.downgradePlan(ids("b1a", "b1b", "d2", "b3"), "b_2@base")))
                .containsExactly("d2", "c2", "b2", "a2", "base2");
    }

    @Test
    void weNeedBase3Downgrade() {
        // dropping the 3 branch drops everything that depends on a3 first
        assertThat(stepIds(CROSS_DEPENDENCY.downgradePlan(ids("b1a", "b1b", "d2", "b3"), "b_3@base")))
                .containsExactly("b1b", "d2", "c2", "b3", "a3", "base3");
    }

    @Test
    void weNeedHead3UpgradeAlone() {
        assertThat(stepIds(CROSS_DEPENDENCY.upgradePlan(Set.of(), "b_3@head")))
                .containsExactly("base3", "a3", "b3");
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }
}
