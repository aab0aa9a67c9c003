package org.opsdb.migrations.shell.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.revision.Direction;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.runtime.AppliedStep;

/** Exact console text for every shape of revision: base, branch point, labelled branch, merge, head. */
class RevisionFormatterTest {

    static final Revision BASE = revision("1a0000000001", List.of(), List.of(), "create observatory");
    static final Revision POINT = revision("2b0000000002", List.of("1a0000000001"), List.of(), "create telescope");
    static final Revision LEFT = revision("3c0000000003", List.of("2b0000000002"), List.of(), "add name");
    static final Revision RIGHT = revision("4d0000000004", List.of("2b0000000002"), List.of("instruments"),
            "create instrument");
    static final Revision MERGE = revision("5e0000000005", List.of("3c0000000003", "4d0000000004"), List.of(),
            "merge");
    static final Revision HEAD = revision("6f0000000006", List.of("5e0000000005"), List.of(), "index");

    final RevisionFormatter format = new RevisionFormatter(
            RevisionGraph.of(List.of(BASE, POINT, LEFT, RIGHT, MERGE, HEAD)));

    static Revision revision(String id, List<String> down, List<String> labels, String message) {
        return new Revision(id, down, labels, List.of(), message, Instant.parse("2026-11-24T10:15:00Z"),
                "db/console/" + id + ".sql");
    }

    @Test
    void historyLinesFollowAlembic() {
        assertThat(format.historyLine(BASE)).isEqualTo("<base> -> 1a0000000001, create observatory");
        assertThat(format.historyLine(POINT))
                .isEqualTo("1a0000000001 -> 2b0000000002 (branchpoint), create telescope");
        assertThat(format.historyLine(RIGHT))
                .isEqualTo("2b0000000002 -> 4d0000000004 (instruments), create instrument");
        assertThat(format.historyLine(MERGE))
                .isEqualTo("3c0000000003, 4d0000000004 -> 5e0000000005 (mergepoint), merge");
        assertThat(format.historyLine(HEAD)).isEqualTo("5e0000000005 -> 6f0000000006 (head), index");
    }

    @Test
    void headLinesCarryLabelsAndTheHeadMarkerOnly() {
        assertThat(format.headLine(HEAD)).isEqualTo("6f0000000006 (head)");
        assertThat(format.headLine(RIGHT)).isEqualTo("4d0000000004 (instruments)");
        assertThat(format.headLine(MERGE)).isEqualTo("5e0000000005");
    }

    @Test
    void branchBlockListsChildrenUnderTheBranchPoint() {
        assertThat(format.branchBlock(POINT)).isEqualTo("""
                2b0000000002 (branchpoint)
                             -> 3c0000000003, add name
                             -> 4d0000000004 (instruments), create instrument
                """);
    }

    @Test
    void verboseBlockOfAMergeAndOfABranchPoint() {
        assertThat(format.verboseBlock(MERGE)).isEqualTo("""
                Rev: 5e0000000005 (mergepoint)
                Merges: 3c0000000003, 4d0000000004
                Path: db/console/5e0000000005.sql

                    merge

                    Revision ID: 5e0000000005
                    Revises: 3c0000000003, 4d0000000004
                    Create Date: 2026-11-24 10:15:00
                """);
        assertThat(format.verboseBlock(POINT)).isEqualTo("""
                Rev: 2b0000000002 (branchpoint)
                Parent: 1a0000000001
                Branches into: 3c0000000003, 4d0000000004
                Path: db/console/2b0000000002.sql

                    create telescope

                    Revision ID: 2b0000000002
                    Revises: 1a0000000001
                    Create Date: 2026-11-24 10:15:00
                """);
        assertThat(format.verboseBlock(RIGHT)).contains("Branch names: instruments\n");
        assertThat(format.verboseBlock(BASE)).contains("Parent: <base>\n", "    Revises: \n");
    }

    @Test
    void stepAndStampLines() {
        assertThat(format.stepLine(new AppliedStep(BASE, Direction.UP, Duration.ZERO)))
                .isEqualTo("Running upgrade  -> 1a0000000001, create observatory");
        assertThat(format.stepLine(new AppliedStep(MERGE, Direction.UP, Duration.ZERO)))
                .isEqualTo("Running upgrade 3c0000000003, 4d0000000004 -> 5e0000000005, merge");
        assertThat(format.stepLine(new AppliedStep(HEAD, Direction.DOWN, Duration.ZERO)))
                .isEqualTo("Running downgrade 6f0000000006 -> 5e0000000005, index");
        assertThat(format.stampLine(Set.of(), Set.of("6f0000000006")))
                .isEqualTo("Running stamp_revision  -> 6f0000000006");
        assertThat(format.stampLine(Set.of("4d0000000004", "3c0000000003"), Set.of("5e0000000005")))
                .isEqualTo("Running stamp_revision 3c0000000003, 4d0000000004 -> 5e0000000005");
    }

    @Test
    void controlCharactersAndBidiOverridesInAMessageAreEscaped() {
        Revision hostile = revision("7a0000000007", List.of("6f0000000006"), List.of("lab\u001bel"),
                "\u001b[2J\u001b[31mred\u001b[0m\rover\nnext \u202Eevil \u00e9t\u00e9 \u2603");
        RevisionFormatter formatter = new RevisionFormatter(
                RevisionGraph.of(List.of(BASE, POINT, LEFT, RIGHT, MERGE, HEAD, hostile)));
        String message = "\\x1B[2J\\x1B[31mred\\x1B[0m\\x0Dover\\x0Anext \\u202Eevil \u00e9t\u00e9 \u2603";
        assertThat(formatter.historyLine(hostile))
                .isEqualTo("6f0000000006 -> 7a0000000007 (lab\\x1Bel) (head), " + message);
        assertThat(formatter.verboseBlock(hostile)).contains("    " + message + "\n", "Branch names: lab\\x1Bel\n");
        assertThat(formatter.stepLine(new AppliedStep(hostile, Direction.UP, Duration.ZERO)))
                .isEqualTo("Running upgrade 6f0000000006 -> 7a0000000007, " + message);
        assertThat(RevisionFormatter.printable("plain text, été")).isEqualTo("plain text, été");
    }
}
