package org.opsdb.migrations.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdb.migrations.revision.TestRevisions.ids;
import static org.opsdb.migrations.revision.TestRevisions.idsOf;
import static org.opsdb.migrations.revision.TestRevisions.rev;
import static org.opsdb.migrations.revision.TestRevisions.sample;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identifier resolution and history ranges on the sample graph of {@link TestRevisions#sample()}. */
class RevisionResolveTest {

    private final RevisionGraph graph = sample();

    private List<String> resolve(String identifier, String... current) {
        return idsOf(graph.resolve(identifier, ids(current)));
    }

    @Test
    void symbols() {
        assertThat(resolve("heads")).containsExactly("n", "z");
        assertThat(resolve("base")).isEmpty();
        assertThat(resolve("current", "e1", "e2")).containsExactly("e1", "e2");
        assertThat(resolve("current")).isEmpty();
        assertThat(resolve("other@head")).containsExactly("z");
        assertThat(resolve("feature@heads")).containsExactly("n");
    }

    @Test
    void labelsAndQualifiedIds() {
        assertThat(resolve("feature")).containsExactly("d2");
        assertThat(resolve("feature@e2")).containsExactly("e2");
        assertThatThrownBy(() -> resolve("feature@e1"))
                .isInstanceOf(RevisionException.class).hasMessage("Revision e1 is not a member of branch 'feature'");
        assertThatThrownBy(() -> resolve("nobranch@head"))
                .isInstanceOf(RevisionException.class).hasMessage("No such branch: 'nobranch'");
    }

    @Test
    void relative() {
        assertThat(resolve("e1+1")).containsExactly("m");
        assertThat(resolve("d2-1")).containsExactly("c");
        assertThat(resolve("+1", "d1")).containsExactly("e1");
        assertThat(resolve("-1", "e1")).containsExactly("d1");
    }

    @Test
    void unknown() {
        assertThatThrownBy(() -> resolve("xyz"))
                .isInstanceOf(RevisionException.class).hasMessage("Can't locate revision identified by 'xyz'");
    }

    @Test
    void prefixes() {
        RevisionGraph hex = RevisionGraph.of(List.of(rev("ae1027a6acf"), rev("ae10b2c9d3e1", "ae1027a6acf"),
                rev("3f9c1a2b7d4e", "ae10b2c9d3e1")));
        assertThat(idsOf(hex.resolve("3f", Set.of()))).containsExactly("3f9c1a2b7d4e");
        assertThat(idsOf(hex.resolve("ae10b", Set.of()))).containsExactly("ae10b2c9d3e1");
        assertThatThrownBy(() -> hex.resolve("ae10", Set.of()))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Multiple revisions start with 'ae10': ae1027a6acf, ae10b2c9d3e1; use more characters");
        assertThat(idsOf(hex.resolve("ae10b+1", Set.of()))).containsExactly("3f9c1a2b7d4e");
    }

    @Test
    void historyEverythingNewestFirst() {
        assertThat(idsOf(graph.history(null, Set.of())))
                .containsExactly("n", "m", "z", "y", "x", "e1", "d1", "e2", "d2", "c", "b", "a");
        assertThat(idsOf(graph.history(" ", Set.of()))).hasSize(12);
    }

    @Test
    void historyRanges() {
        assertThat(idsOf(graph.history("c:e1", Set.of()))).containsExactly("e1", "d1", "c");
        assertThat(idsOf(graph.history("current:", ids("e1")))).containsExactly("n", "m", "e1");
        assertThat(idsOf(graph.history(":current", ids("e1")))).containsExactly("e1", "d1", "c", "b", "a");
        assertThat(idsOf(graph.history("current:", Set.of()))).hasSize(12);
        assertThat(idsOf(graph.history("x:", Set.of()))).containsExactly("z", "y", "x");
    }

    @Test
    void historyErrors() {
        assertThatThrownBy(() -> graph.history("e1:d2", Set.of()))
                .isInstanceOf(RevisionException.class).hasMessage("Revision e1 is not an ancestor of revision d2");
        assertThatThrownBy(() -> graph.history("e1", Set.of()))
                .isInstanceOf(RevisionException.class)
                .hasMessage("History range requires [start]:[end], [start]: or :[end], got 'e1'");
    }
}
