package org.opsdb.migrations.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.fleet.FleetCommand.Action;
import org.opsdb.migrations.fleet.TargetResult.Outcome;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/** A fleet of schemas of one database on the real PostgreSQL: concurrency, canary, failure policy, faults. */
@FreshDatabase
class FleetTest {

    /** The runtime's advisory locks (class id "opsd") held now, counted in pg_locks. */
    private static final String RUNTIME_LOCKS = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND classid = 1869640548 AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private final TestDatabase db;
    private final DatabaseState state;

    FleetTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void dropSchemas() {
        state.execute("DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%'"
                + " LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$");
    }

    private List<FleetTarget> schemas(int count) {
        List<String> names = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("t_%03d", i)).toList();
        names.forEach(name -> state.execute("CREATE SCHEMA " + name));
        return FleetTargets.schemas(names);
    }

    private Fleet fleet(String location) {
        Migrations base = Migrations.configure().dataSource(db.dataSource()).locations(location).load();
        return new Fleet(base, url -> new UrlDataSource(url, null, null));
    }

    private static FleetOptions options(int parallel, int canary, int maxFailures, Duration timeout) {
        return new FleetOptions(parallel, canary, maxFailures, timeout);
    }

    private List<String> version(String schema) {
        return state.strings("SELECT version_num FROM " + schema + ".alembic_version");
    }

    @Test
    void schemaTargetsOfOneDatabaseHoldTheirLocksAtOnce() throws Exception {
        List<FleetTarget> targets = schemas(8);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<Integer> most = watcher.submit(() -> {
            int max = 0;
            while (running.get()) {
                max = Math.max(max, Integer.parseInt(state.strings(RUNTIME_LOCKS).get(0)));
                Thread.sleep(20);
            }
            return max;
        });
        FleetReport report = fleet("classpath:db/fleet_sleep").run(new FleetCommand(Action.UPGRADE, "head"), targets,
                options(8, 0, 0, Duration.ZERO), FleetListener.NONE);
        running.set(false);
        watcher.shutdown();
        assertThat(report.reachedGoal()).isTrue();
        assertThat(most.get()).isEqualTo(8);
        assertThat(state.strings(RUNTIME_LOCKS)).containsExactly("0");
    }

    @Test
    void everyTargetReachesTheGoalWithEachRevisionAppliedOnce() {
        List<FleetTarget> targets = schemas(20);
        Fleet fleet = fleet("classpath:db/fleet_it");
        List<FleetProgress> progress = new ArrayList<>();
        FleetReport report = fleet.run(new FleetCommand(Action.UPGRADE, "head"), targets,
                options(4, 0, 0, Duration.ZERO), (result, now) -> progress.add(now));
        assertThat(report.reachedGoal()).isTrue();
        assertThat(report.results()).extracting(r -> TargetResult.heads(r.before()) + ">" + TargetResult.heads(r.after()))
                .containsOnly("base>f1ee70000003");
        assertThat(progress).hasSize(20);
        assertThat(progress.get(19).done()).isEqualTo(20);
        assertThat(progress.get(19).left()).isZero();
        for (FleetTarget target : targets) {
            assertThat(version(target.value())).containsExactly("f1ee70000003");
            assertThat(state.strings("SELECT revision || ' ' || count(*) FROM " + target.value()
                    + ".opsdb_migration_history GROUP BY revision ORDER BY revision"))
                    .containsExactly("f1ee70000001 1", "f1ee70000002 1", "f1ee70000003 1");
        }
        assertThat(state.strings("SELECT count(*) FROM pg_tables WHERE tablename = 'note'")).containsExactly("20");
        assertThat(state.strings("SELECT to_regclass('public.alembic_version')::text")).containsExactly((String) null);

        FleetReport current = fleet.run(new FleetCommand(Action.CURRENT, "heads"), targets,
                options(4, 0, 0, Duration.ZERO), FleetListener.NONE);
        assertThat(current.count(Outcome.OK)).isEqualTo(20);
        fleet.run(new FleetCommand(Action.DOWNGRADE, "-1"), targets.subList(0, 5), options(4, 0, 0, Duration.ZERO),
                FleetListener.NONE);
        FleetReport behind = fleet.run(new FleetCommand(Action.CURRENT, "heads"), targets,
                options(4, 0, 0, Duration.ZERO), FleetListener.NONE);
        assertThat(behind.count(Outcome.BEHIND)).isEqualTo(5);
        assertThat(behind.results().get(0)).extracting(r -> TargetResult.heads(r.after()), TargetResult::outcome)
                .containsExactly("f1ee70000002", Outcome.BEHIND);
    }

    @Test
    void aFailedCanaryLeavesTheOtherTargetsUntouched() {
        List<FleetTarget> targets = schemas(10);
        state.execute("CREATE TABLE t_002.note (x int)");
        FleetReport report = fleet("classpath:db/fleet_it").run(new FleetCommand(Action.UPGRADE, "head"), targets,
                options(4, 2, 0, Duration.ZERO), FleetListener.NONE);
        assertThat(report.results()).extracting(r -> r.target().value() + " " + r.outcome().word()).containsExactly(
                "t_001 ok", "t_002 failed", "t_003 skipped", "t_004 skipped", "t_005 skipped", "t_006 skipped",
                "t_007 skipped", "t_008 skipped", "t_009 skipped", "t_010 skipped");
        assertThat(report.results().get(1).reason()).isEqualTo("Revision f1ee70000001"
                + " (db/fleet_it/f1ee70000001_create_note.sql) failed in upgrade at line 7: ERROR: relation \"note\""
                + " already exists; statement: CREATE TABLE note (id bigint PRIMARY KEY, body text NOT NULL)");
        assertThat(report.results().get(2).reason()).isEqualTo("not run: a canary target failed");
        assertThat(state.strings("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname BETWEEN 't_003' AND 't_010'")).containsExactly("0");
    }

    @Test
    void unknownRevisionAndDriftedChecksumFailWithOneLineWhileTheOthersReachHead() {
        List<FleetTarget> targets = schemas(6);
        Fleet fleet = fleet("classpath:db/fleet_it");
        fleet.run(new FleetCommand(Action.UPGRADE, "f1ee70000002"), targets.subList(2, 3),
                options(1, 0, 0, Duration.ZERO), FleetListener.NONE);
        state.execute("UPDATE t_003.opsdb_migration_history SET checksum = 'edited' WHERE revision = 'f1ee70000001'");
        state.execute("CREATE TABLE t_005.alembic_version (version_num varchar(32) PRIMARY KEY);"
                + " INSERT INTO t_005.alembic_version VALUES ('deadbeef0000')");
        FleetReport report = fleet.run(new FleetCommand(Action.UPGRADE, "head"), targets,
                options(3, 0, 0, Duration.ZERO), FleetListener.NONE);
        assertThat(report.results()).extracting(r -> r.target().value() + " " + r.outcome().word()).containsExactly(
                "t_001 ok", "t_002 ok", "t_003 failed", "t_004 ok", "t_005 failed", "t_006 ok");
        assertThat(report.results().get(2).reason()).isEqualTo("Revision f1ee70000001"
                + " (db/fleet_it/f1ee70000001_create_note.sql) was changed after it was applied (checksum edited then,"
                + " bc06359d now); restore it, or turn checksum validation off");
        assertThat(report.results().get(4).reason()).isEqualTo("Version table t_005.alembic_version holds revision"
                + " deadbeef0000, which is not among the scripts in classpath:db/fleet_it");
        assertThat(version("t_003")).containsExactly("f1ee70000002");
        assertThat(version("t_005")).containsExactly("deadbeef0000");
    }

    @Test
    void maxFailuresStopsStartingTargets() {
        List<FleetTarget> targets = schemas(5);
        state.execute("CREATE TABLE t_001.note (x int)");
        FleetReport report = fleet("classpath:db/fleet_it").run(new FleetCommand(Action.UPGRADE, "head"), targets,
                options(1, 0, 1, Duration.ZERO), FleetListener.NONE);
        assertThat(report.results()).extracting(r -> r.outcome().word())
                .containsExactly("failed", "skipped", "skipped", "skipped", "skipped");
        assertThat(report.results().get(1).reason()).isEqualTo("not run: 1 target failed (max failures 1)");
    }

    @Test
    void aRunOpensAsManyConnectionsAsItRunsTargetsAtOnceNotOnePerTarget() {
        List<FleetTarget> targets = schemas(8);
        AtomicInteger opened = new AtomicInteger();
        DataSource counting = watched(DataSource.class, db.dataSource(), (method, value) -> {
            if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                opened.incrementAndGet();
            }
            return value;
        });
        Fleet fleet = new Fleet(Migrations.configure().dataSource(counting).locations("classpath:db/fleet_it").load(),
                url -> new UrlDataSource(url, null, null));
        FleetReport report = fleet.run(new FleetCommand(Action.UPGRADE, "head"), targets,
                options(2, 0, 0, Duration.ZERO), FleetListener.NONE);
        assertThat(report.count(Outcome.OK)).isEqualTo(8);
        assertThat(opened.get()).isEqualTo(2);
        for (FleetTarget target : targets) {
            assertThat(state.strings("SELECT revision || ' ' || count(*) FROM " + target.value()
                    + ".opsdb_migration_history GROUP BY revision ORDER BY revision"))
                    .containsExactly("f1ee70000001 1", "f1ee70000002 1", "f1ee70000003 1");
        }
        assertThat(state.strings("SELECT count(*) FROM pg_tables WHERE tablename = 'note'")).containsExactly("8");
        assertThat(state.strings(RUNTIME_LOCKS)).containsExactly("0");
        FleetReport current = fleet.run(new FleetCommand(Action.CURRENT, "heads"), targets,
                options(2, 0, 0, Duration.ZERO), FleetListener.NONE);
        assertThat(current.count(Outcome.OK)).isEqualTo(8);
        assertThat(opened.get()).isEqualTo(4);
    }

    @Test
    void anUpToDateCurrentTakesTwoStatementsPerTargetItsSearchPathAndItsVersionTable() {
        List<FleetTarget> targets = schemas(4);
        AtomicInteger statements = new AtomicInteger();
        DataSource counting = watched(DataSource.class, db.dataSource(), (method, value) ->
                value instanceof Connection connection ? watched(Connection.class, connection, (call, made) ->
                        made instanceof Statement statement ? countingExecutions(call, statement, statements) : made)
                        : value);
        Fleet fleet = new Fleet(Migrations.configure().dataSource(counting).locations("classpath:db/fleet_it").load(),
                url -> new UrlDataSource(url, null, null));
        fleet.run(new FleetCommand(Action.UPGRADE, "head"), targets, options(1, 0, 0, Duration.ZERO),
                FleetListener.NONE);
        statements.set(0);
        FleetReport current = fleet.run(new FleetCommand(Action.CURRENT, "heads"), targets,
                options(1, 0, 0, Duration.ZERO), FleetListener.NONE);
        assertThat(current.count(Outcome.OK)).isEqualTo(4);
        // the run's one connection: its search path read once and put back once; each target: its search path
        // set (with any advisory lock left released), its version table read
        assertThat(statements.get()).isEqualTo(1 + 4 * 2 + 1);
    }

    @SuppressWarnings("unchecked")
    private static Statement countingExecutions(Method made, Statement statement, AtomicInteger executions) {
        return watched((Class<Statement>) made.getReturnType(), statement, (call, value) -> {
            if (call.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            return value;
        });
    }

    /** {@code real} seen through {@code type}, each call's answer passed through {@code answer}. */
    private static <T> T watched(Class<T> type, T real, BiFunction<Method, Object, Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    try {
                        return answer.apply(method, method.invoke(real, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    @Test
    void aTargetOverItsTimeoutFailsAndLeavesNoLock() throws Exception {
        List<FleetTarget> targets = schemas(2);
        FleetReport report = fleet("classpath:db/fleet_sleep").run(new FleetCommand(Action.UPGRADE, "head"), targets,
                options(2, 0, 0, Duration.ofMillis(400)), FleetListener.NONE);
        assertThat(report.results()).extracting(TargetResult::outcome).containsOnly(Outcome.FAILED);
        assertThat(report.results()).extracting(TargetResult::reason)
                .containsOnly("Timed out after 400 ms (the per-target timeout)");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!state.strings(RUNTIME_LOCKS).equals(List.of("0")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(state.strings(RUNTIME_LOCKS)).containsExactly("0");
        assertThat(state.strings("SELECT count(*) FROM pg_tables WHERE schemaname LIKE 't\\_%'"))
                .containsExactly("0");
    }

    @Test
    void targetsComeFromFilesAndQueriesSortedAndOnce(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schemas.txt"), "# tenants\n\nt_b\n  t_a  \n# t_c\n");
        assertThat(FleetTargets.schemasFile(file)).extracting(FleetTarget::value).containsExactly("t_a", "t_b");
        Path twice = Files.writeString(dir.resolve("twice.txt"), "t_a\nt_b\n\nt_a\n");
        assertThatThrownBy(() -> FleetTargets.schemasFile(twice)).isInstanceOf(OneLineException.class)
                .hasMessage(twice + " line 4 names t_a again (first on line 1); a fleet runs each target once");
        Path urls = Files.writeString(dir.resolve("urls.txt"),
                "jdbc:postgresql://h2/db?password=secret\njdbc:postgresql://h1/db\n");
        assertThat(FleetTargets.urlsFile(urls)).extracting(FleetTarget::name)
                .containsExactly("jdbc:postgresql://h1/db", "jdbc:postgresql://h2/db?password=***");
        state.execute("CREATE TABLE public.tenants (schema_name text); INSERT INTO public.tenants VALUES ('t_z'),"
                + " ('t_y')");
        assertThat(FleetTargets.schemasQuery(db.dataSource(), "SELECT schema_name FROM tenants"))
                .extracting(FleetTarget::value).containsExactly("t_y", "t_z");
        assertThatThrownBy(() -> FleetTargets.schemasQuery(db.dataSource(), "SELECT nope FROM tenants"))
                .hasMessage("The schemas query failed: ERROR: column \"nope\" does not exist: SELECT nope FROM tenants");
        state.execute("DROP TABLE public.tenants");
    }
}
