package org.opsdb.migrations.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdb.migrations.revision.TestRevisions.depending;
import static org.opsdb.migrations.revision.TestRevisions.idsOf;
import static org.opsdb.migrations.revision.TestRevisions.labelled;
import static org.opsdb.migrations.revision.TestRevisions.rev;
import static org.opsdb.migrations.revision.TestRevisions.sample;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphValidationTest {

    @Test
    void structure() {
        RevisionGraph graph = sample();
        assertThat(idsOf(graph.heads())).containsExactly("n", "z");
        assertThat(idsOf(graph.bases())).containsExactly("a", "x");
        assertThat(graph.branchPoints()).containsExactly("c");
        assertThat(graph.children("c")).containsExactly("d1", "d2");
        assertThat(graph.get("m").downRevisions()).containsExactly("e1", "e2");
        assertThat(graph.find("nope")).isEmpty();
        assertThat(idsOf(graph.all())).hasSize(12).startsWith("a", "b");
    }

    @Test
    void getIsExact() {
        assertThatThrownBy(() -> sample().get("d"))
                .isInstanceOf(RevisionException.class).hasMessage("Can't locate revision identified by 'd'");
    }

    @Test
    void duplicateIdNamesBothSources() {
        Revision first = new Revision("a1b2c3d4e5f6", List.of(), List.of(), List.of(), "", null,
                "db/migrations/a1b2c3d4e5f6_one.sql");
        Revision second = new Revision("a1b2c3d4e5f6", List.of(), List.of(), List.of(), "", null,
                "com.example.V2");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(first, second)))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Revision a1b2c3d4e5f6 is defined twice: in db/migrations/a1b2c3d4e5f6_one.sql"
                        + " and in com.example.V2");
    }

    @Test
    void missingDownRevision() {
        Revision revision = new Revision("3f9c1a2b7d4e", List.of("a1b2c3d4e5f6"), List.of(), List.of(), "", null,
                "db/migrations/3f9c1a2b7d4e_add_foo.sql");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(revision)))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Revision 3f9c1a2b7d4e (db/migrations/3f9c1a2b7d4e_add_foo.sql) names down revision"
                        + " a1b2c3d4e5f6, which does not exist");
    }

    @Test
    void missingDependency() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("a"), depending("b", List.of("zz"), "a"))))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Revision b (b.sql) depends on zz, which does not exist");
    }

    @Test
    void dependencyMayNameABranchLabel() {
        RevisionGraph graph = RevisionGraph.of(List.of(labelled("a", "core"), rev("x"),
                depending("y", List.of("core"), "x")));
        assertThat(graph.appliedSet(TestRevisions.ids("y"))).containsExactly("a", "x", "y");
    }

    @Test
    void cycleNamesItsRevisions() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("r"), rev("a", "c", "r"), rev("b", "a"),
                rev("c", "b"))))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Cycle is detected in revisions a (a.sql), c (c.sql), b (b.sql)");
    }

    @Test
    void dependencyCycle() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("a"), depending("b", List.of("c"), "a"),
                rev("c", "b"))))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Cycle is detected in revisions b (b.sql), c (c.sql)");
    }

    @Test
    void selfLoop() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("a", "a"))))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Cycle is detected in revisions a (a.sql)");
    }

    @Test
    void duplicateBranchLabel() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(labelled("a", "core"), labelled("b", "core", "a"))))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Branch label 'core' is used by both Revision a (a.sql) and Revision b (b.sql)");
    }

    @Test
    void reservedId() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("head"))))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Revision id 'head' in head.sql is not allowed: it must not be blank, one of base,"
                        + " current, head, heads, or contain any of '@-+:,' or spaces");
    }
}
