package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.shell.reliability.Revisions.A;
import static org.opsdb.migrations.shell.reliability.Revisions.B;
import static org.opsdb.migrations.shell.reliability.Revisions.C;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fleet upgrade|downgrade|current} in a child console on schemas of one database: 200 schemas at once, a
 * {@code kill -9} halfway and a rerun, a failed canary, failing targets reported with one line, exit codes, the
 * JSON report; four shards at once ({@code --shard i/4}, {@code JOB_COMPLETION_INDEX}), one killed and rerun.
 */
@FreshDatabase
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class FleetConsoleTest {

    private static final String QUERY = "SELECT schema_name FROM tenants";
    /** The runtime's advisory locks held in this database. */
    private static final String RUNTIME_LOCKS = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND classid = 1869640548 AND database = (SELECT oid FROM pg_database"
            + " WHERE datname = current_database())";

    private final TestDatabase db;
    @TempDir
    Path dir;

    FleetConsoleTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void noSchemas() {
        DatabaseSnapshot.execute(db, "DROP TABLE IF EXISTS public.tenants; DO $$ DECLARE s text; BEGIN FOR s IN"
                + " SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%' LOOP"
                + " EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$");
        Revisions.layOut(dir, Revisions.chain());
    }

    /** Schemas t_001 … t_COUNT and the tenants table naming them. */
    private List<String> tenants(int count) {
        List<String> names = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("t_%03d", i)).toList();
        DatabaseSnapshot.execute(db, "CREATE TABLE public.tenants (schema_name text);"
                + names.stream().map(n -> "CREATE SCHEMA " + n + "; INSERT INTO public.tenants VALUES ('" + n + "');")
                .collect(Collectors.joining()));
        return names;
    }

    private String[] console(String... command) {
        return ChildConsole.arguments(db, dir, command);
    }

    private ConsoleResult run(String... command) throws InterruptedException {
        return ChildConsole.start(console(command)).await(540);
    }

    private List<String> query(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Each schema's version, {@code schema version}, over every schema. */
    private List<String> versions(List<String> schemas) {
        return query(schemas.stream().map(s -> "SELECT '" + s + " ' || coalesce((SELECT string_agg(version_num, ',')"
                + " FROM " + s + ".alembic_version), 'none')").collect(Collectors.joining(" UNION ALL "))
                + " ORDER BY 1");
    }

    /** Revisions applied more than once on any schema, {@code schema revision count}. */
    private List<String> appliedTwice(List<String> schemas) {
        return query(schemas.stream().map(s -> "SELECT '" + s + " ' || revision || ' ' || count(*) FROM " + s
                + ".opsdb_migration_history WHERE direction = 'up' GROUP BY revision HAVING count(*) <> 1")
                .collect(Collectors.joining(" UNION ALL ")));
    }

    /** The chain A, B, C where B sleeps {@code seconds} (so that a fleet can be caught halfway). */
    private void layOutWithSlowBeta(double seconds) {
        Revisions.layOut(dir, Map.of(A + "_create_alpha.sql", Revisions.sql(A, null, "alpha"),
                B + "_slow_beta.sql", Revisions.sql(B, A, "create beta slowly",
                        "CREATE TABLE beta (id int PRIMARY KEY);\nSELECT pg_sleep(" + seconds + ");",
                        "DROP TABLE beta;"),
                C + "_create_gamma.sql", Revisions.sql(C, B, "gamma")));
    }

    private static List<String> atHead(List<String> schemas) {
        return schemas.stream().map(s -> s + " " + C).toList();
    }

    @Test
    void twoHundredSchemasEightAtOnceAllReachHeadWithEachRevisionOnce() throws Exception {
        List<String> schemas = tenants(200);
        Path report = dir.resolveSibling(dir.getFileName() + "-report.json");

        long start = System.nanoTime();
        ConsoleResult result = run("fleet", "upgrade", "head", "--schemas-query", QUERY, "--parallel", "8",
                "--report", report.toString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> out = result.stdout().lines().toList();
        assertThat(out).hasSize(202);
        assertThat(out.get(0)).isEqualTo("target  before  after         duration  outcome");
        assertThat(out.get(1)).matches("t_001   base    " + C + "  \\d+\\.\\d\\d s    ok");
        assertThat(out.get(201)).matches("fleet upgrade head: 200 targets, 200 ok, 0 behind, 0 failed, 0 skipped in"
                + " \\d+\\.\\d\\d s");
        List<String> progress = result.stderr().lines().filter(l -> l.startsWith("[")).toList();
        assertThat(progress).hasSize(200);
        assertThat(progress.get(199)).matches("\\[200/200: 200 done, 0 failed, 0 left, \\d+\\.\\d/s, ETA 0 s\\] t_\\d{3}"
                + " ok base -> " + C + " \\(\\d+\\.\\d\\d s\\)");
        assertThat(versions(schemas)).isEqualTo(atHead(schemas));
        assertThat(appliedTwice(schemas)).isEmpty();
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname = 'gamma'")).containsExactly("200");
        assertThat(query(RUNTIME_LOCKS)).containsExactly("0");

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(json.get("command").asString()).isEqualTo("upgrade");
        assertThat(json.get("revision").asString()).isEqualTo("head");
        assertThat(json.get("targets").asInt()).isEqualTo(200);
        assertThat(json.get("ok").asInt()).isEqualTo(200);
        assertThat(json.get("results")).hasSize(200);
        JsonNode first = json.get("results").get(0);
        assertThat(first.get("target").asString()).isEqualTo("t_001");
        assertThat(first.get("kind").asString()).isEqualTo("schema");
        assertThat(first.get("before")).isEmpty();
        assertThat(first.get("after").get(0).asString()).isEqualTo(C);
        assertThat(first.get("outcome").asString()).isEqualTo("ok");
        assertThat(first.get("reason").isNull()).isTrue();

        ConsoleResult current = run("fleet", "current", "--schemas-query", QUERY, "--parallel", "8");
        assertThat(current.exitCode()).isZero();
        assertThat(current.stdout().lines().reduce((a, b) -> b).orElseThrow())
                .matches("fleet current heads: 200 targets, 200 ok, 0 behind, 0 failed, 0 skipped in \\d+\\.\\d\\d s");
        System.out.println("fleet upgrade of 200 schemas, parallel 8, console child: " + millis + " ms (JVM start"
                + " included); the fleet itself: " + out.get(201));
    }

    @Test
    void killedHalfwayThenRunAgainEverySchemaAtHeadEachRevisionOnceNoLockLeft() throws Exception {
        List<String> schemas = tenants(200);
        layOutWithSlowBeta(0.2);
        ChildConsole child = ChildConsole.start(console("fleet", "upgrade", "head", "--schemas-query", QUERY,
                "--parallel", "8"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        int done = 0;
        while (child.isAlive() && System.nanoTime() < deadline) {
            done = Integer.parseInt(query("SELECT count(*) FROM pg_class WHERE relname = 'gamma'").get(0));
            if (done >= 100) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("the fleet was still running at %d of 200", done).isTrue();
        child.kill();
        int afterKill = Integer.parseInt(query("SELECT count(*) FROM pg_class WHERE relname = 'gamma'").get(0));
        assertThat(afterKill).isBetween(100, 199);
        awaitNoRuntimeLock();

        ConsoleResult rerun = run("fleet", "upgrade", "head", "--schemas-query", QUERY, "--parallel", "8");

        assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        assertThat(rerun.stdout().lines().reduce((a, b) -> b).orElseThrow())
                .matches("fleet upgrade head: 200 targets, 200 ok, 0 behind, 0 failed, 0 skipped in \\d+\\.\\d\\d s");
        assertThat(rerun.stdout().lines().filter(l -> l.matches("t_\\d{3} +base +" + C + " .*")).count())
                .isLessThan(200 - afterKill + 9);
        assertThat(versions(schemas)).isEqualTo(atHead(schemas));
        assertThat(appliedTwice(schemas)).isEmpty();
        assertThat(query(RUNTIME_LOCKS)).containsExactly("0");
    }

    private void awaitNoRuntimeLock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!query(RUNTIME_LOCKS).equals(List.of("0")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(query(RUNTIME_LOCKS)).containsExactly("0");
    }

    @Test
    void aFailedCanaryStopsTheRolloutAndLeavesTheRestUntouched() throws Exception {
        List<String> schemas = tenants(10);
        DatabaseSnapshot.execute(db, "CREATE TABLE t_002.alpha (x int)");
        Path file = Files.writeString(dir.resolveSibling(dir.getFileName() + "-schemas.txt"),
                "# the tenants\n" + String.join("\n", schemas) + "\n");

        ConsoleResult result = run("fleet", "upgrade", "head", "--schemas-file", file.toString(), "--canary", "3");

        assertThat(result.exitCode()).isEqualTo(1);
        String reason = "Revision " + A + " (" + dir.resolve(A + "_create_alpha.sql") + ") failed in upgrade at line"
                + " 7: ERROR: relation \"alpha\" already exists; statement: CREATE TABLE alpha (id int PRIMARY KEY)";
        assertThat(result.stdout().lines().map(l -> l.replaceAll("\\d+\\.\\d\\d s", "T")).toList()).containsExactly(
                "target  before  after         duration  outcome",
                "t_001   base    " + C + "  T    ok",
                "t_002   base    base          T    failed: " + reason,
                "t_003   base    " + C + "  T    ok",
                "t_004   ?       ?             -         skipped: not run: a canary target failed",
                "t_005   ?       ?             -         skipped: not run: a canary target failed",
                "t_006   ?       ?             -         skipped: not run: a canary target failed",
                "t_007   ?       ?             -         skipped: not run: a canary target failed",
                "t_008   ?       ?             -         skipped: not run: a canary target failed",
                "t_009   ?       ?             -         skipped: not run: a canary target failed",
                "t_010   ?       ?             -         skipped: not run: a canary target failed",
                "fleet upgrade head: 10 targets, 2 ok, 0 behind, 1 failed, 7 skipped in T");
        assertThat(result.stderr().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("fleet upgrade head: 8 of 10 targets did not reach head");
        assertThat(query("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname BETWEEN 't_004' AND 't_010'")).containsExactly("0");
    }

    @Test
    void unknownRevisionDriftAndUnreachableTargetsFailWithOneLineAndTheOthersReachHead() throws Exception {
        List<String> schemas = tenants(5);
        assertThat(run("fleet", "upgrade", B, "--schemas-query", "SELECT 't_002'").exitCode()).isZero();
        DatabaseSnapshot.execute(db, "UPDATE t_002.opsdb_migration_history SET checksum = 'edited' WHERE revision = '"
                + A + "'; CREATE TABLE t_004.alembic_version (version_num varchar(32) PRIMARY KEY);"
                + " INSERT INTO t_004.alembic_version VALUES ('deadbeef0000')");

        ConsoleResult result = run("fleet", "upgrade", "head", "--schemas-query", QUERY, "--parallel", "2");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout().lines().map(l -> l.replaceAll("\\d+\\.\\d\\d s", "T")).toList()).containsExactly(
                "target  before        after         duration  outcome",
                "t_001   base          " + C + "  T    ok",
                "t_002   " + B + "  " + B + "  T    failed: Revision " + A + " (" + dir.resolve(A
                        + "_create_alpha.sql") + ") was changed after it was applied (checksum edited then, "
                        + "c46cb98e now); restore it, or turn checksum validation off",
                "t_003   base          " + C + "  T    ok",
                "t_004   ?             ?             T    failed: Version table t_004.alembic_version holds"
                        + " revision deadbeef0000, which is not among the scripts in " + dir,
                "t_005   base          " + C + "  T    ok",
                "fleet upgrade head: 5 targets, 3 ok, 0 behind, 2 failed, 0 skipped in T");
        assertThat(versions(schemas)).containsExactly("t_001 " + C, "t_002 " + B, "t_003 " + C,
                "t_004 deadbeef0000", "t_005 " + C);

        Path urls = Files.writeString(dir.resolveSibling(dir.getFileName() + "-urls.txt"),
                "jdbc:postgresql://127.0.0.1:1/nowhere?user=nobody&password=secret&connectTimeout=2\n");
        ConsoleResult unreachable = run("fleet", "current", "--targets-file", urls.toString());
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.stdout().lines().toList().get(1).replaceAll("\\d+\\.\\d\\d s", "T")).isEqualTo(
                "jdbc:postgresql://127.0.0.1:1/nowhere?user=nobody&password=***&connectTimeout=2  ?       ?      T"
                        + "    failed: Cannot connect to the database: Connection to 127.0.0.1:1 refused. Check that the"
                        + " hostname and port are correct and that the postmaster is accepting TCP/IP connections.");
    }

    @Test
    void exitCodesAreZeroOneAndTwo() throws Exception {
        tenants(3);
        ConsoleResult usage = run("fleet", "upgrade", "head");
        assertThat(usage).isEqualTo(new ConsoleResult("", "'fleet upgrade' needs exactly one of --schemas-query,"
                + " --schemas-file, --targets-file\n", 1));
        ConsoleResult badOption = run("fleet", "upgrade", "head", "--schemas-query", QUERY, "--paralel", "2");
        assertThat(badOption).isEqualTo(new ConsoleResult("", "Unknown option '--paralel' for command 'fleet upgrade';"
                + " run 'help fleet upgrade' to list its options\n", 1));
        assertThat(run("fleet", "upgrade", "head", "--schemas-query", QUERY).exitCode()).isZero();
        assertThat(run("fleet", "current", "--schemas-query", QUERY).exitCode()).isZero();
        ConsoleResult down = run("fleet", "downgrade", "-1", "--schemas-query", "SELECT 't_003'");
        assertThat(down.exitCode()).isZero();
        ConsoleResult behind = run("fleet", "current", "head", "--schemas-query", QUERY);
        assertThat(behind.exitCode()).isEqualTo(2);
        assertThat(behind.stdout().lines().toList().get(3).replaceAll("\\d+\\.\\d\\d s", "T"))
                .isEqualTo("t_003   " + B + "  " + B + "  T    behind");
        assertThat(behind.stderr().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("fleet current: 1 of 3 targets are behind head");
    }

    /** A schema's shard by the documented rule, computed here on its own: CRC32 of its UTF-8 bytes, mod count. */
    private static int shardOf(String schema, int count) {
        CRC32 crc = new CRC32();
        crc.update(schema.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }

    private static List<String> timeless(ConsoleResult result) {
        return result.stdout().lines().map(l -> l.replaceAll("\\d+\\.\\d\\d s", "T")).toList();
    }

    private int countWithGamma(List<String> schemas) {
        return Integer.parseInt(query("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relname = 'gamma' AND n.nspname IN ('" + String.join("', '", schemas) + "')").get(0));
    }

    /** The schemas that have a version table. */
    private List<String> withVersionTable() {
        return query("SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relname = 'alembic_version' ORDER BY 1");
    }

    @Test
    void fourShardsAtOnceCoverEveryTargetOnceAndAShardKilledHalfwayThenRerunAppliesNothingTwice() throws Exception {
        List<String> schemas = tenants(40);
        layOutWithSlowBeta(0.3);
        Path[] reports = new Path[4];
        ChildConsole[] shards = new ChildConsole[4];
        for (int i = 0; i < 4; i++) {
            reports[i] = dir.resolveSibling(dir.getFileName() + "-shard-" + i + ".json");
            shards[i] = ChildConsole.start(console("fleet", "upgrade", "head", "--schemas-query", QUERY,
                    "--parallel", "2", "--shard", i + "/4", "--report", reports[i].toString()));
        }
        List<String> ofShard1 = schemas.stream().filter(s -> shardOf(s, 4) == 1).toList();
        assertThat(ofShard1).hasSize(10);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        int done = 0;
        while (shards[1].isAlive() && System.nanoTime() < deadline && done < 5) {
            Thread.sleep(50);
            done = countWithGamma(ofShard1);
        }
        assertThat(shards[1].isAlive()).as("shard 1/4 was still running at %d of 10", done).isTrue();
        shards[1].kill();
        int afterKill = countWithGamma(ofShard1);
        assertThat(afterKill).isBetween(5, 9);
        for (int i : new int[] {0, 2, 3}) {
            ConsoleResult result = shards[i].await(540);
            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(result.stderr().lines().findFirst().orElseThrow())
                    .isEqualTo("fleet upgrade head: shard " + i + "/4 takes 10 of 40 targets");
            assertThat(result.stderr().lines().filter(l -> l.startsWith("[shard " + i + "/4, ")).count())
                    .isEqualTo(10);
            assertThat(timeless(result).get(11)).isEqualTo("fleet upgrade head: shard " + i + "/4, 10 of 40 targets,"
                    + " 10 ok, 0 behind, 0 failed, 0 skipped in T");
        }
        awaitNoRuntimeLock();

        ConsoleResult rerun = run("fleet", "upgrade", "head", "--schemas-query", QUERY, "--parallel", "2",
                "--shard", "1/4", "--report", reports[1].toString());

        assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        assertThat(timeless(rerun).get(11)).isEqualTo("fleet upgrade head: shard 1/4, 10 of 40 targets, 10 ok,"
                + " 0 behind, 0 failed, 0 skipped in T");
        assertThat(rerun.stdout().lines().filter(l -> l.matches("t_\\d{3} +" + C + " +" + C + " .* ok")).count())
                .isEqualTo(afterKill);
        List<String> union = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(reports[i]));
            assertThat(json.get("shard").get("index").asInt()).isEqualTo(i);
            assertThat(json.get("shard").get("count").asInt()).isEqualTo(4);
            assertThat(json.get("fleetTargets").asInt()).isEqualTo(40);
            assertThat(json.get("targets").asInt()).isEqualTo(10);
            assertThat(json.get("ok").asInt()).isEqualTo(10);
            for (JsonNode result : json.get("results")) {
                String target = result.get("target").asString();
                assertThat(shardOf(target, 4)).as(target).isEqualTo(i);
                union.add(target);
            }
        }
        assertThat(union).hasSize(40).containsExactlyInAnyOrderElementsOf(schemas);
        assertThat(versions(schemas)).isEqualTo(atHead(schemas));
        assertThat(appliedTwice(schemas)).isEmpty();
        assertThat(query(RUNTIME_LOCKS)).containsExactly("0");
    }

    @Test
    void jobCompletionIndexTakesTheShareOfTheSameShardOptionWhichWinsAndAnEmptyShardSucceeds() throws Exception {
        tenants(6);
        Map<String, String> job = Map.of("JOB_COMPLETION_INDEX", "0", "OPSDB_FLEET_SHARDS", "4");

        ConsoleResult byEnvironment = ChildConsole.startWithEnvironment(job,
                console("fleet", "upgrade", "head", "--schemas-query", QUERY)).await(540);

        assertThat(byEnvironment.exitCode()).as(byEnvironment.stderr()).isZero();
        assertThat(timeless(byEnvironment)).containsExactly(
                "target  before  after         duration  outcome",
                "t_004   base    " + C + "  T    ok",
                "t_006   base    " + C + "  T    ok",
                "fleet upgrade head: shard 0/4, 2 of 6 targets, 2 ok, 0 behind, 0 failed, 0 skipped in T");
        assertThat(byEnvironment.stderr().lines().findFirst().orElseThrow())
                .isEqualTo("fleet upgrade head: shard 0/4 takes 2 of 6 targets");
        assertThat(withVersionTable()).containsExactly("t_004", "t_006");
        assertThat(versions(List.of("t_004", "t_006"))).containsExactly("t_004 " + C, "t_006 " + C);
        ConsoleResult byOption = run("fleet", "current", "--schemas-query", QUERY, "--shard", "0/4");
        assertThat(byOption.exitCode()).isZero();
        assertThat(timeless(byOption)).containsExactly(
                "target  before        after         duration  outcome",
                "t_004   " + C + "  " + C + "  T    ok",
                "t_006   " + C + "  " + C + "  T    ok",
                "fleet current heads: shard 0/4, 2 of 6 targets, 2 ok, 0 behind, 0 failed, 0 skipped in T");

        ConsoleResult empty = ChildConsole.startWithEnvironment(job,
                console("fleet", "downgrade", "base", "--schemas-query", QUERY, "--shard", "0/5")).await(540);

        assertThat(empty.exitCode()).as(empty.stderr()).isZero();
        assertThat(timeless(empty)).containsExactly(
                "fleet downgrade base: shard 0/5, 0 of 6 targets, 0 ok, 0 behind, 0 failed, 0 skipped in T");
        assertThat(empty.stderr()).isEqualTo("fleet downgrade base: shard 0/5 takes none of the 6 targets;"
                + " nothing to do\n");
        assertThat(withVersionTable()).containsExactly("t_004", "t_006");
        assertThat(versions(List.of("t_004", "t_006"))).containsExactly("t_004 " + C, "t_006 " + C);
    }

    @Test
    void badShardsAreOneLineExitOneAndRunNothing() throws Exception {
        tenants(3);
        // 'x', '0/0' and the other messages: FleetShardTest (one child console each is seconds of CI)
        assertThat(run("fleet", "upgrade", "head", "--schemas-query", QUERY, "--shard", "4/4")).isEqualTo(
                new ConsoleResult("", "Invalid --shard '4/4': the index must be 0 to 3\n", 1));
        assertThat(ChildConsole.startWithEnvironment(Map.of("JOB_COMPLETION_INDEX", "1"),
                console("fleet", "current", "--schemas-query", QUERY)).await(540)).isEqualTo(new ConsoleResult("",
                "JOB_COMPLETION_INDEX is 1 but OPSDB_FLEET_SHARDS is not set: set it to the Job's completions (the"
                        + " number of shards), or pass --shard I/N\n", 1));
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname IN ('alembic_version', 'alpha')"))
                .containsExactly("0");
    }
}
