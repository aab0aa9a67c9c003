package org.opsdb.migrations.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdb.migrations.revision.TestRevisions.ids;
import static org.opsdb.migrations.revision.TestRevisions.sample;
import static org.opsdb.migrations.revision.TestRevisions.stepIds;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plans on the sample graph of {@link TestRevisions#sample()}. */
class MigrationPlanTest {

    private final RevisionGraph graph = sample();

    private static final Set<String> NOTHING = Set.of();

    @Test
    void upgradeHeadOfOneBranchAppliesLastMergeArmFirst() {
        // Alembic walks down from the merge taking arms in down_revision order; an upgrade is that walk reversed
        assertThat(stepIds(graph.upgradePlan(NOTHING, "n")))
                .containsExactly("a", "b", "c", "d2", "e2", "d1", "e1", "m", "n");
        assertThat(graph.upgradePlan(NOTHING, "n")).allMatch(step -> step.direction() == Direction.UP);
    }

    @Test
    void upgradeHeads() {
        assertThat(stepIds(graph.upgradePlan(NOTHING, "heads")))
                .containsExactly("a", "b", "c", "d2", "e2", "d1", "e1", "x", "y", "z", "m", "n");
    }

    @Test
    void upgradeHeadWithSeveralHeadsFails() {
        assertThatThrownBy(() -> graph.upgradePlan(NOTHING, "head"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Multiple heads are present for 'head': n, z; name one, or use 'heads'");
    }

    @Test
    void upgradeAppliesDependsOnFirst() {
        assertThat(stepIds(graph.upgradePlan(NOTHING, "other@head")))
                .containsExactly("a", "b", "c", "d1", "e1", "x", "y", "z");
    }

    @Test
    void upgradeLabelHead() {
        assertThat(stepIds(graph.upgradePlan(ids("e2"), "feature@head"))).containsExactly("d1", "e1", "m", "n");
    }

    @Test
    void plusOneIntoAMergeAppliesEveryMissingArm() {
        assertThat(stepIds(graph.upgradePlan(ids("e1"), "+1"))).containsExactly("d2", "e2", "m");
    }

    @Test
    void plusTwo() {
        assertThat(stepIds(graph.upgradePlan(ids("e1"), "+2"))).containsExactly("d2", "e2", "m", "n");
        assertThat(stepIds(graph.upgradePlan(ids("a"), "+2"))).containsExactly("b", "c");
    }

    @Test
    void revisionPlusOne() {
        assertThat(stepIds(graph.upgradePlan(NOTHING, "d1+1"))).containsExactly("a", "b", "c", "d1", "e1");
    }

    @Test
    void plusOneFromNothingWithTwoBasesIsAmbiguous() {
        assertThatThrownBy(() -> graph.upgradePlan(NOTHING, "+1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Ambiguous walk for '+1': from base the next revisions are a, x; name one of them");
    }

    @Test
    void plusOneFromBranchPointIsAmbiguous() {
        assertThatThrownBy(() -> graph.upgradePlan(ids("c"), "+1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Ambiguous walk for '+1': from c the next revisions are d1, d2; name one of them");
    }

    @Test
    void plusOneFromSeveralHeadsIsAmbiguous() {
        assertThatThrownBy(() -> graph.upgradePlan(ids("e1", "e2"), "+1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Ambiguous relative revision +1: several current heads (e1, e2);"
                        + " name the one to start from, e.g. e1+1");
    }

    @Test
    void plusOneOnALabelledBranch() {
        assertThat(stepIds(graph.upgradePlan(ids("c"), "feature@+1"))).containsExactly("d2");
    }

    @Test
    void walkingPastTheHeadFails() {
        assertThatThrownBy(() -> graph.upgradePlan(ids("n"), "+1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Relative revision +1 didn't produce 1 migrations: the walk from n goes past the head");
    }

    @Test
    void upgradeToAnAppliedTargetIsEmpty() {
        assertThat(graph.upgradePlan(ids("n"), "c")).isEmpty();
        assertThat(graph.upgradePlan(ids("n", "z"), "heads")).isEmpty();
        assertThat(graph.upgradePlan(ids("n"), "base")).isEmpty();
    }

    @Test
    void aWalkDownIsNoUpgradeTarget() {
        // the mirror of 'downgrade +1'; it used to be an empty plan ("Nothing to upgrade", exit 0)
        for (String target : new String[] {"-1", "-2", "feature@-1"}) {
            assertThatThrownBy(() -> graph.upgradePlan(ids("n"), target)).isInstanceOf(RevisionException.class)
                    .hasMessage("Relative revision " + target + " can't be an upgrade target; use +N, a revision or"
                            + " head, or 'downgrade " + target + "' to go down");
        }
        assertThat(stepIds(graph.upgradePlan(ids("a"), "c-1"))).containsExactly("b"); // REV-N names a revision
    }

    @Test
    void aTargetBelowTheCurrentHeadsIsBelowThemAndOtherTargetsAreNot() {
        assertThat(graph.isBelow(ids("n"), "c")).isTrue();
        assertThat(graph.isBelow(ids("n"), "base")).isTrue();
        assertThat(graph.isBelow(ids("n", "z"), "y")).isTrue();
        assertThat(graph.isBelow(ids("n"), "n")).isFalse(); // where it is: nothing to do, not below
        assertThat(graph.isBelow(ids("c"), "n")).isFalse(); // above
        assertThat(graph.isBelow(ids("n"), "z")).isFalse(); // another branch, not applied
        assertThat(graph.isBelow(NOTHING, "base")).isFalse();
    }

    @Test
    void downgradeMinusOne() {
        assertThat(stepIds(graph.downgradePlan(ids("n"), "-1"))).containsExactly("n");
        assertThat(graph.downgradePlan(ids("n"), "-1")).allMatch(step -> step.direction() == Direction.DOWN);
        assertThat(stepIds(graph.downgradePlan(ids("b"), "-2"))).containsExactly("b", "a");
    }

    @Test
    void downgradeMinusOneFromAMergeIsAmbiguous() {
        assertThatThrownBy(() -> graph.downgradePlan(ids("m"), "-1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Ambiguous walk for '-1': from m the next down revisions are e1, e2; name one of them");
    }

    @Test
    void downgradeMinusOneFromSeveralHeadsIsAmbiguous() {
        assertThatThrownBy(() -> graph.downgradePlan(ids("n", "z"), "-1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Ambiguous relative revision -1: several current heads (n, z); name the one to start"
                        + " from, e.g. n-1, or a branch, e.g. branch@-1");
        assertThat(stepIds(graph.downgradePlan(ids("n", "z"), "other@-1"))).containsExactly("z");
    }

    @Test
    void downgradeBaseRemovesEverything() {
        assertThat(stepIds(graph.downgradePlan(ids("n", "z"), "base")))
                .containsExactly("n", "m", "z", "y", "x", "e1", "d1", "e2", "d2", "c", "b", "a");
    }

    @Test
    void downgradeToBranchPointTakesDependentsAlong() {
        assertThat(stepIds(graph.downgradePlan(ids("n", "z"), "c")))
                .containsExactly("n", "m", "z", "e1", "d1", "e2", "d2");
    }

    @Test
    void downgradeFromMergeToOneArm() {
        assertThat(stepIds(graph.downgradePlan(ids("n", "z"), "e1"))).containsExactly("n", "m");
        assertThat(stepIds(graph.downgradePlan(ids("n", "z"), "d2"))).containsExactly("n", "m", "e2");
    }

    @Test
    void downgradeLeavesOtherBranchesAlone() {
        assertThat(stepIds(graph.downgradePlan(ids("n", "z"), "x"))).containsExactly("z", "y");
        assertThat(stepIds(graph.downgradePlan(ids("n", "z"), "other@base"))).containsExactly("z", "y", "x");
    }

    @Test
    void downgradeToTheCurrentHeadIsEmpty() {
        assertThat(graph.downgradePlan(ids("n"), "n")).isEmpty();
    }

    @Test
    void downgradeBelowBaseFails() {
        assertThatThrownBy(() -> graph.downgradePlan(ids("b"), "-3"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Relative revision -3 didn't produce 3 migrations: the walk from b goes below base");
        assertThatThrownBy(() -> graph.downgradePlan(NOTHING, "-1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Relative revision -1 didn't produce 1 migrations: no revision is applied");
    }

    @Test
    void downgradeToARevisionThatIsNotAppliedFails() {
        assertThatThrownBy(() -> graph.downgradePlan(ids("e1"), "d2"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Can't downgrade to d2: it is not applied (current heads: e1)");
        assertThatThrownBy(() -> graph.downgradePlan(ids("e1"), "+1"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Relative revision +1 can't be a downgrade target; use -N, a revision or base");
    }

    @Test
    void unknownCurrentHeadFails() {
        assertThatThrownBy(() -> graph.upgradePlan(ids("ffff"), "heads"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Can't locate revision identified by 'ffff'");
    }

    @Test
    void appliedSetAndVersionHeads() {
        assertThat(graph.appliedSet(ids("z"))).containsExactly("a", "b", "c", "d1", "e1", "x", "y", "z");
        // e1 is applied only as z's dependency: z implies it, so it has no row (Alembic's HeadMaintainer; until
        // issue 26 it kept a row as the head of its branch), and current shows it as its branch's position
        assertThat(graph.versionHeads(graph.appliedSet(ids("z")))).containsExactly("z");
        assertThat(TestRevisions.idsOf(graph.currentRevisions(ids("z")))).containsExactly("e1", "z");
        assertThat(graph.versionHeads(graph.appliedSet(ids("n", "z")))).containsExactly("n", "z");
        assertThat(TestRevisions.idsOf(graph.currentRevisions(ids("n", "z")))).containsExactly("n", "z");
        assertThat(graph.versionHeads(Set.of())).isEmpty();
        assertThat(graph.currentRevisions(Set.of())).isEmpty();
    }

    @Test
    void versionHeadsAfterDowngradingAMerge() {
        Set<String> applied = graph.appliedSet(ids("n", "z"));
        graph.downgradePlan(ids("n", "z"), "e1").forEach(step -> applied.remove(step.id()));
        // e1, the arm z depends on, is implied by z (it had a row of its own until issue 26)
        assertThat(graph.versionHeads(applied)).containsExactly("e2", "z");
        assertThat(TestRevisions.idsOf(graph.currentRevisions(graph.versionHeads(applied))))
                .containsExactly("e1", "e2", "z");
    }
}
