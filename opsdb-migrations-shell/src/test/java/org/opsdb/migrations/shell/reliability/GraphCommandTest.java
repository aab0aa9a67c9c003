package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code graph} through the console as a child process, on a history with two bases (a1 labelled {@code core}, b1
 * labelled {@code extras}), a three-way merge (d1 of a2, b1 and c1) and a {@code depends_on} (c1 on
 * {@code extras}), then a run of four plain revisions: exact standard output, standard error and exit code offline (no database configured: nothing
 * said, as {@code history}), with the database's current revision marked, with a database that cannot be reached
 * (one note on standard error, the picture all the same), in each format, with a range and {@code --collapse}.
 */
@FreshDatabase
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class GraphCommandTest {

    static final String A1 = "a10000000001";
    static final String A2 = "a20000000002";
    static final String B1 = "b10000000001";
    static final String C1 = "c10000000001";
    static final String D1 = "d10000000001";
    static final String E1 = "e10000000001";
    static final String F1 = "f10000000001";
    static final String G1 = "f20000000002";
    static final String H1 = "f30000000003";

    private final TestDatabase db;
    @TempDir
    Path dir;

    GraphCommandTest(TestDatabase db) {
        this.db = db;
    }

    private static String revision(String id, String downs, String extraHeaders, String table) {
        return "-- revision: " + id + "\n-- down_revision: " + downs + "\n" + extraHeaders + "-- message: create "
                + table + "\n-- create_date: 2026-12-07T10:00:00Z\n\n-- upgrade\nCREATE TABLE " + table
                + " (id int PRIMARY KEY);\n\n-- downgrade\nDROP TABLE " + table + ";\n";
    }

    @BeforeEach
    void layOut() {
        Revisions.layOut(dir, Map.of(A1 + "_alpha.sql", revision(A1, "", "-- branch_labels: core\n", "alpha"),
                A2 + "_beta.sql", revision(A2, A1, "", "beta"),
                B1 + "_gamma.sql", revision(B1, "", "-- branch_labels: extras\n", "gamma"),
                C1 + "_delta.sql", revision(C1, A1, "-- depends_on: extras\n", "delta"),
                D1 + "_merge.sql", revision(D1, A2 + ", " + B1 + ", " + C1, "", "epsilon"),
                E1 + "_zeta.sql", revision(E1, D1, "", "zeta"), F1 + "_eta.sql", revision(F1, E1, "", "eta"),
                G1 + "_theta.sql", revision(G1, F1, "", "theta"), H1 + "_iota.sql", revision(H1, G1, "", "iota")));
    }

    private ConsoleResult offline(String... command) throws InterruptedException {
        String[] args = new String[command.length + 2];
        args[0] = "--location";
        args[1] = dir.toString();
        System.arraycopy(command, 0, args, 2, command.length);
        return ChildConsole.start(args).await(120);
    }

    @Test
    void offlineTheTextDrawingShowsTheMergeOfThreeAndTheDependency() throws Exception {
        assertThat(offline("graph")).isEqualTo(new ConsoleResult("""
                * f30000000003 (head), create iota
                * f20000000002, create theta
                * f10000000001, create eta
                * e10000000001, create zeta
                *-.   d10000000001, create epsilon
                |\\ \\
                * | | a20000000002, create beta
                | | * c10000000001 (depends on b10000000001), create delta
                | * | b10000000001 (extras), create gamma
                |  /
                |/
                * a10000000001 (core), create alpha
                """, "", 0));
    }

    @Test
    void theDatabasesCurrentRevisionIsMarkedInEachFormat() throws Exception {
        Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load().upgrade(D1);

        ConsoleResult text = ChildConsole.start(ChildConsole.arguments(db, dir, "graph")).await(120);
        ConsoleResult mermaid = ChildConsole.start(ChildConsole.arguments(db, dir, "graph", "--format", "mermaid"))
                .await(120);

        assertThat(text).isEqualTo(new ConsoleResult("""
                * f30000000003 (head), create iota
                * f20000000002, create theta
                * f10000000001, create eta
                * e10000000001, create zeta
                *-.   d10000000001 (current), create epsilon
                |\\ \\
                * | | a20000000002, create beta
                | | * c10000000001 (depends on b10000000001), create delta
                | * | b10000000001 (extras), create gamma
                |  /
                |/
                * a10000000001 (core), create alpha
                """, "", 0));
        assertThat(mermaid).isEqualTo(new ConsoleResult("""
                flowchart BT
                    r_f30000000003["f30000000003 (head)<br/>create iota"]
                    r_f20000000002["f20000000002<br/>create theta"]
                    r_f10000000001["f10000000001<br/>create eta"]
                    r_e10000000001["e10000000001<br/>create zeta"]
                    r_d10000000001["d10000000001 (current)<br/>create epsilon"]
                    r_a20000000002["a20000000002<br/>create beta"]
                    r_c10000000001["c10000000001<br/>create delta"]
                    r_b10000000001["b10000000001 (extras)<br/>create gamma"]
                    r_a10000000001["a10000000001 (core)<br/>create alpha"]
                    r_f20000000002 --> r_f30000000003
                    r_f10000000001 --> r_f20000000002
                    r_e10000000001 --> r_f10000000001
                    r_d10000000001 --> r_e10000000001
                    r_a20000000002 --> r_d10000000001
                    r_b10000000001 --> r_d10000000001
                    r_c10000000001 --> r_d10000000001
                    r_a10000000001 --> r_a20000000002
                    r_a10000000001 --> r_c10000000001
                    r_b10000000001 -.-> r_c10000000001
                    classDef head stroke-width:3px
                    classDef current fill:#d4f4dd,stroke:#2e7d32
                    class r_f30000000003 head
                    class r_d10000000001 current
                """, "", 0));
    }

    @Test
    void aRangeAsDotAndCollapsed() throws Exception {
        assertThat(offline("graph", "--format", "dot", "-r", D1 + ":" + H1, "--collapse"))
                .isEqualTo(new ConsoleResult("""
                digraph revisions {
                    rankdir=BT;
                    node [shape=box];
                    "f30000000003" [label="f30000000003 (head)\\ncreate iota", penwidth=2];
                    "e10000000001:f20000000002" [label="3 revisions e10000000001...f20000000002", style=dashed];
                    "d10000000001" [label="d10000000001\\ncreate epsilon"];
                    "e10000000001:f20000000002" -> "f30000000003";
                    "d10000000001" -> "e10000000001:f20000000002";
                }
                """, "", 0));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneNoteAndThePictureAllTheSame() throws Exception {
        ConsoleResult result = ChildConsole.start("--url", "jdbc:postgresql://127.0.0.1:1/nothing", "--user", "x",
                "--location", dir.toString(), "graph", "-r", E1 + ":" + F1).await(120);

        assertThat(result).isEqualTo(new ConsoleResult("""
                * f10000000001, create eta
                * e10000000001, create zeta
                """, "Not marking the database's current revisions: Cannot connect to the database: Connection to"
                + " 127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster is"
                + " accepting TCP/IP connections.\n", 0));
    }

    @Test
    void anUnknownFormatIsOneLineAndExitOne() throws Exception {
        assertThat(offline("graph", "--format", "svg"))
                .isEqualTo(new ConsoleResult("", "Unknown format 'svg'; use text, mermaid or dot\n", 1));
    }

    @Test
    void helpShowsTheSynopsisAndOptions() throws Exception {
        assertThat(offline("help", "graph")).isEqualTo(new ConsoleResult("""
                Usage: graph [--format text|mermaid|dot] [-r <from>:<to>] [--collapse]

                Draw the revision graph (text, Mermaid or Graphviz DOT)
                Newest first, like 'history'; marks heads, branch labels, depends_on (dashed in mermaid and dot)\
                 and, with a database, its current revisions
                --collapse folds runs of 3 or more plain revisions into one node

                Options:
                  --format <format>            text (the default), mermaid or dot
                  -r, --rev-range <rev-range>  range FROM:TO
                  --collapse                   fold runs of 3 or more plain revisions
                """, "", 0));
    }
}
