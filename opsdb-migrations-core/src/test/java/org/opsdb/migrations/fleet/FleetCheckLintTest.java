package org.opsdb.migrations.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.fleet.FleetCommand.Action;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * {@code check} and {@code lint} on a fleet of schemas, and the per-target faults (an unreachable URL target, a
 * database that does not exist, drifted checksums with validation off) on the real PostgreSQL: each failing target
 * is one line, the others go on, and what each target's catalog holds afterwards.
 */
@FreshDatabase
class FleetCheckLintTest {

    private static final String CREATE_NOTE = "db/fleet_it/f1ee70000001_create_note.sql";

    private final TestDatabase db;
    private final DatabaseState state;

    FleetCheckLintTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void noTenantsAndAnEmptyPublicSchema() {
        state.execute("DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%'"
                + " LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$;"
                + " DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    private List<FleetTarget> schemas(int count) {
        List<String> names = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("t_%03d", i)).toList();
        names.forEach(name -> state.execute("CREATE SCHEMA " + name));
        return FleetTargets.schemas(names);
    }

    private Migrations base(String location, boolean validateChecksums) {
        return Migrations.configure().dataSource(db.dataSource()).locations(location)
                .validateChecksums(validateChecksums).load();
    }

    private static Fleet fleet(Migrations base) {
        return new Fleet(base, url -> new UrlDataSource(url, null, null));
    }

    private static FleetReport run(Fleet fleet, FleetCommand command, List<FleetTarget> targets, int maxFailures) {
        return fleet.run(command, targets, new FleetOptions(3, 0, maxFailures, Duration.ZERO), FleetListener.NONE);
    }

    private List<String> version(String schema) {
        return state.strings("SELECT version_num FROM " + schema + ".alembic_version");
    }

    private static List<String> outcomes(FleetReport report) {
        return report.results().stream().map(r -> r.target().name() + " " + r.outcome().word()
                + (r.reason() == null ? "" : ": " + r.reason()) + (r.findings().isEmpty() ? "" : " " + r.findings()))
                .toList();
    }

    /** The tables of {@code schema} as a model whose tables are unqualified, as an entity model's are. */
    private ModelSource modelOf(String schema) throws SQLException {
        try (Connection connection = db.openConnection()) {
            SchemaModel model = new SchemaReflector(new ReflectionScope(List.of(schema),
                    Set.of(QualifiedName.of(schema, "alembic_version"),
                            QualifiedName.of(schema, "opsdb_migration_history")), schema)).reflect(connection);
            return () -> model;
        }
    }

    @Test
    void checkComparesEachSchemaWithTheModelAndReportsTheOnesBehindOrUnknownAsFailed() throws Exception {
        List<FleetTarget> targets = schemas(4);
        Fleet fleet = fleet(base("classpath:db/fleet_it", true));
        assertThat(run(fleet, new FleetCommand(Action.UPGRADE, "head"), targets, 0).reachedGoal()).isTrue();
        ModelSource model = modelOf("t_001");
        state.execute("ALTER TABLE t_002.note DROP COLUMN author;"
                + " UPDATE t_003.alembic_version SET version_num = 'f1ee70000002';"
                + " UPDATE t_004.alembic_version SET version_num = 'deadbeef0000'");

        FleetReport report = run(fleet, FleetCommand.check(model), targets, 0);

        assertThat(outcomes(report)).containsExactly("t_001 ok",
                "t_002 findings [add column note.author]",
                "t_003 failed: Target database is not up to date: it is at f1ee70000002; not applied: f1ee70000003"
                        + " (db/fleet_it/f1ee70000003_comment_note.sql); run 'upgrade heads' first",
                "t_004 failed: Version table t_004.alembic_version holds revision deadbeef0000, which is not among"
                        + " the scripts in classpath:db/fleet_it");
        assertThat(report.reachedGoal()).isFalse();
        assertThat(report.count(TargetResult.Outcome.FINDINGS)).isEqualTo(1);
        assertThat(report.json()).contains("\"ok\": 1,\n  \"findings\": 1,\n  \"failed\": 2,\n  \"skipped\": 0,")
                .contains("\"outcome\": \"findings\", \"reason\": null, \"findings\": [\"add column note.author\"]}")
                .doesNotContain("\"behind\"");
        assertThat(state.strings("SELECT table_schema || '.' || column_name FROM information_schema.columns"
                + " WHERE table_name = 'note' AND table_schema IN ('t_001', 't_002') ORDER BY 1")).containsExactly(
                "t_001.author", "t_001.body", "t_001.id", "t_002.body", "t_002.id");
        assertThat(state.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
        assertThat(version("t_003")).containsExactly("f1ee70000002");
    }

    @Test
    void lintLintsWhatEachTargetWouldRunOnItsOwnCatalog() {
        List<FleetTarget> targets = schemas(4);
        Fleet fleet = fleet(base("classpath:db/fleet_lint", true));
        run(fleet, new FleetCommand(Action.UPGRADE, "f1ee7a000001"), targets.subList(2, 3), 0);
        run(fleet, new FleetCommand(Action.UPGRADE, "head"), targets.subList(3, 4), 0);

        FleetReport report = run(fleet, new FleetCommand(Action.LINT, "heads"), targets, 0);

        String index = "[db/fleet_lint/f1ee7a000002_index_body.sql:7: [index-without-concurrently] CREATE INDEX"
                + " note_body on note without CONCURRENTLY, blocks every write to the table for the whole build; safe"
                + " form: CREATE INDEX CONCURRENTLY in an outside-transaction block]";
        assertThat(outcomes(report)).containsExactly("t_001 findings " + index, "t_002 findings " + index,
                "t_003 findings " + index, "t_004 ok");
        assertThat(report.results()).extracting(r -> TargetResult.heads(r.before()))
                .containsExactly("base", "base", "f1ee7a000001", "f1ee7a000002");
        assertThat(version("t_003")).containsExactly("f1ee7a000001");
        assertThat(state.strings("SELECT count(*) FROM pg_tables WHERE schemaname IN ('t_001', 't_002')"))
                .containsExactly("0");
    }

    @Test
    void anUnreachableTargetAndAMissingDatabaseFailWithOneLineAndTheReachableOneReachesHead() {
        String server = db.jdbcUrl().substring(0, db.jdbcUrl().lastIndexOf('/'));
        String credentials = "?user=" + db.username() + (db.password() == null ? "" : "&password=" + db.password());
        List<FleetTarget> targets = List.of(
                FleetTarget.url("jdbc:postgresql://127.0.0.1:1/nowhere?user=nobody&password=secret&connectTimeout=2"),
                FleetTarget.url(server + "/fleet_no_such_database" + credentials),
                FleetTarget.url(db.jdbcUrl() + credentials));
        Fleet fleet = fleet(base("classpath:db/fleet_it", true));

        FleetReport report = run(fleet, new FleetCommand(Action.UPGRADE, "head"), targets, 0);

        assertThat(outcomes(report)).containsExactly("jdbc:postgresql://127.0.0.1:1/nowhere?user=nobody&password=***"
                        + "&connectTimeout=2 failed: Cannot connect to the database: Connection to 127.0.0.1:1 refused."
                        + " Check that the hostname and port are correct and that the postmaster is accepting TCP/IP"
                        + " connections.",
                targets.get(1).name() + " failed: Database does not exist: FATAL: database"
                        + " \"fleet_no_such_database\" does not exist",
                targets.get(2).name() + " ok");
        assertThat(report.results()).extracting(r -> TargetResult.heads(r.before()) + " -> "
                + TargetResult.heads(r.after())).containsExactly("? -> ?", "? -> ?", "base -> f1ee70000003");
        assertThat(state.strings("SELECT version_num FROM public.alembic_version")).containsExactly("f1ee70000003");
        assertThat(state.strings("SELECT count(*) FROM pg_database WHERE datname = 'fleet_no_such_database'"))
                .containsExactly("0");
    }

    @Test
    void theUnreachableFirstTargetWithMaxFailuresOneLeavesTheOthersUntouched() {
        String credentials = "?user=" + db.username() + (db.password() == null ? "" : "&password=" + db.password());
        List<FleetTarget> targets = List.of(FleetTarget.url("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2"),
                FleetTarget.url(db.jdbcUrl() + credentials));

        FleetReport report = fleet(base("classpath:db/fleet_it", true)).run(new FleetCommand(Action.UPGRADE, "head"),
                targets, new FleetOptions(1, 0, 1, Duration.ZERO), FleetListener.NONE);

        assertThat(outcomes(report)).containsExactly("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2 failed:"
                + " Cannot connect to the database: Connection to 127.0.0.1:1 refused. Check that the hostname and port"
                + " are correct and that the postmaster is accepting TCP/IP connections.",
                targets.get(1).name() + " skipped: not run: 1 target failed (max failures 1)");
        assertThat(state.strings("SELECT to_regclass('public.alembic_version')::text")).containsExactly((String) null);
    }

    @Test
    void aDriftedChecksumFailsItsTargetOnlyWhileValidationIsOn() {
        List<FleetTarget> targets = schemas(2);
        run(fleet(base("classpath:db/fleet_it", true)), new FleetCommand(Action.UPGRADE, "f1ee70000001"), targets, 0);
        state.execute("UPDATE t_001.opsdb_migration_history SET checksum = 'edited' WHERE revision = 'f1ee70000001'");

        FleetReport on = run(fleet(base("classpath:db/fleet_it", true)), new FleetCommand(Action.UPGRADE, "head"),
                targets, 0);
        assertThat(outcomes(on)).containsExactly("t_001 failed: Revision f1ee70000001 (" + CREATE_NOTE + ") was"
                + " changed after it was applied (checksum edited then, bc06359d now); restore it, or turn checksum"
                + " validation off", "t_002 ok");
        assertThat(version("t_001")).containsExactly("f1ee70000001");
        assertThat(version("t_002")).containsExactly("f1ee70000003");

        FleetReport off = run(fleet(base("classpath:db/fleet_it", false)), new FleetCommand(Action.UPGRADE, "head"),
                targets, 0);
        assertThat(outcomes(off)).containsExactly("t_001 ok", "t_002 ok");
        assertThat(version("t_001")).containsExactly("f1ee70000003");
        assertThat(state.strings("SELECT revision || ' ' || count(*) FROM t_001.opsdb_migration_history"
                + " GROUP BY revision ORDER BY revision"))
                .containsExactly("f1ee70000001 1", "f1ee70000002 1", "f1ee70000003 1");
    }
}
