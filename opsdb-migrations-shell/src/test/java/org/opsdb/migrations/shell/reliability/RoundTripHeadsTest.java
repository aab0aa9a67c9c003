package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code roundtrip} on a graph with two heads, in a child JVM as {@code bin/opsdb} runs it: it walks each head as
 * the test kit's round-trip check does (the core's {@code RoundTrip}), where it used to fail on its first leg,
 * {@code upgrade head} ("Multiple heads are present for 'head'").
 */
@FreshDatabase
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RoundTripHeadsTest {

    /** A fourth revision, on C: the graph is A → B and A → C → D, heads B and D. */
    static final String D = "d40000000004";

    private final TestDatabase db;
    @TempDir
    Path dir;

    RoundTripHeadsTest(TestDatabase db) {
        this.db = db;
    }

    private String[] console(String... command) {
        return ChildConsole.arguments(db, dir, command);
    }

    @Test
    void roundtripWalksEachHead() throws InterruptedException {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Map.of(A + "_create_alpha.sql", Revisions.sql(A, null, "alpha"),
                B + "_create_beta.sql", Revisions.sql(B, A, "beta"),
                C + "_create_gamma.sql", Revisions.sql(C, A, "gamma"),
                D + "_create_delta.sql", Revisions.sql(D, C, "delta")));

        ConsoleResult result = ChildConsole.start(console("roundtrip")).await(120).timed();

        // B's down revision A has a kept child (C), so removing B goes down to A and takes C and D with it;
        // D's down revision C has no other child, so removing D takes nothing else
        assertThat(result).isEqualTo(new ConsoleResult("""
                == upgrade heads
                Running upgrade  -> a10000000001, create alpha ... done in N ms
                Running upgrade a10000000001 -> c30000000003, create gamma ... done in N ms
                Running upgrade c30000000003 -> d40000000004, create delta ... done in N ms
                Running upgrade a10000000001 -> b20000000002, create beta ... done in N ms
                == downgrade a10000000001
                Running downgrade b20000000002 -> a10000000001, create beta ... done in N ms
                Running downgrade d40000000004 -> c30000000003, create delta ... done in N ms
                Running downgrade c30000000003 -> a10000000001, create gamma ... done in N ms
                == upgrade heads
                Running upgrade a10000000001 -> c30000000003, create gamma ... done in N ms
                Running upgrade c30000000003 -> d40000000004, create delta ... done in N ms
                Running upgrade a10000000001 -> b20000000002, create beta ... done in N ms
                == downgrade c30000000003
                Running downgrade d40000000004 -> c30000000003, create delta ... done in N ms
                == upgrade heads
                Running upgrade c30000000003 -> d40000000004, create delta ... done in N ms
                Round trip done in N ms; now at b20000000002 (head), d40000000004 (head)
                """, "", 0));
        assertThat(DatabaseSnapshot.capture(db)).filteredOn(line -> line.startsWith("version "))
                .containsExactly("version " + B, "version " + D);
    }
}
