package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.script.ClassGraphScanner;
import org.opsdb.migrations.script.ScriptException;
import org.opsdb.migrations.script.ScriptLoader;
import org.opsdb.migrations.script.ScriptPreload;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The check a service makes on every boot when nothing is pending: at most three read-only statements, no lock, no
 * transaction; two, without parsing a script, when the database is marked up to date with these very scripts
 * (benchmarks/ measures it against Flyway and Liquibase).
 */
@FreshDatabase
class UpToDateCheckTest {

    private final TestDatabase db;
    private final DatabaseState state;
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());

    UpToDateCheckTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
        sent.clear();
    }

    private Migrations migrations() {
        return Migrations.configure().dataSource(recording(db.dataSource())).locations("classpath:db/runtime_it").load();
    }

    @Test
    void withJavaMigrationsAnUpToDateDatabaseIsCheckedWithThreeReadOnlyStatements() {
        migrations().upgrade("heads");
        assertThat(state.strings(HISTORY_COMMENT)).containsExactly((String) null); // no fingerprint, no mark
        sent.clear();

        MigrationResult result = migrations().upgrade("heads");

        assertThat(result.steps()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("f00f00f00f06");
        assertThat(sent).containsExactly(FULL_CHECK);
    }

    @Test
    void aDatabaseMarkedUpToDateWithTheseScriptsIsCheckedWithTwoStatementsAndNoScriptParsed() throws Exception {
        writeScripts();
        sqlMigrations().upgrade("heads");
        String fingerprint = new ScriptLoader().find(List.of(dir.toString()), getClass().getClassLoader())
                .fingerprint().orElseThrow();
        assertThat(state.strings(HISTORY_COMMENT)).containsExactly("opsdb-migrations up-to-date mark v1; scripts "
                + fingerprint + "; history " + state.strings(LAST_HISTORY_ID).get(0) + "; heads bbbbbbbbbbb2");
        sent.clear();

        // the scripts are not parsed: a script this version could no longer parse does not matter
        Files.writeString(dir.resolve("ccccccccccc3_unparsed.sql"), "not a migration\n");
        markUpToDate(new ScriptLoader().find(List.of(dir.toString()), getClass().getClassLoader()).fingerprint()
                .orElseThrow());
        sent.clear();
        ClassLoader classLoader = getClass().getClassLoader();
        Migrations migrations = Migrations.configure().dataSource(recording(db.dataSource()))
                .locations(dir.toString()).classLoader(classLoader)
                .preload(ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader)).load();
        MigrationResult result = migrations.upgrade("heads");

        assertThat(result.steps()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("bbbbbbbbbbb2");
        assertThat(sent).containsExactly(FAST_CHECK);
        assertThatThrownBy(migrations::graph).isInstanceOf(ScriptException.class)
                .hasMessage(dir.resolve("ccccccccccc3_unparsed.sql") + ":1: SQL before the '-- upgrade' section");
    }

    @Test
    void aStaleMarkLeadsToTheFullCheck() throws Exception {
        writeScripts();
        sqlMigrations().upgrade("heads");

        // the history moved on (here a failed attempt was recorded): the mark no longer vouches
        state.execute("INSERT INTO opsdb_migration_history (revision, direction, success) VALUES ('x', 'up', false)");
        sent.clear();
        assertThat(sqlMigrations().upgrade("heads").steps()).isEmpty();
        assertThat(sent).containsExactly(FULL_CHECK);

        // another script set (one script edited since it was applied): the full check names the drift
        Files.writeString(dir.resolve("bbbbbbbbbbb2_step.sql"), script("bbbbbbbbbbb2", "bbbbbbbbbbb1") + "-- edited\n");
        state.execute("DELETE FROM opsdb_migration_history WHERE revision = 'x'");
        assertThatThrownBy(() -> sqlMigrations().upgrade("heads")).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Revision bbbbbbbbbbb2 (" + dir.resolve("bbbbbbbbbbb2_step.sql")
                        + ") was changed after it was applied");

        // the version table moved (a stamp to base leaves no history row): the full check plans again
        Files.writeString(dir.resolve("bbbbbbbbbbb2_step.sql"), script("bbbbbbbbbbb2", "bbbbbbbbbbb1"));
        state.execute("DELETE FROM alembic_version; DROP TABLE t_bbbbbbbbbbb1, t_bbbbbbbbbbb2");
        sent.clear();
        assertThat(sqlMigrations().upgrade("heads").steps()).hasSize(2);
        assertThat(sent.subList(0, 2)).containsExactly(FAST_CHECK[0], FAST_CHECK[1]);
    }

    @Test
    void onlyAnUpgradeToTheHeadsIsAnsweredFromTheMark() throws Exception {
        writeScripts();
        sqlMigrations().upgrade("heads");
        sent.clear();

        assertThat(sqlMigrations().upgrade("bbbbbbbbbbb2").steps()).isEmpty();
        assertThat(sent).containsExactly(FULL_CHECK);
        sent.clear();
        assertThat(sqlMigrations().upgrade("head").steps()).isEmpty(); // one head: the same as heads
        assertThat(sent).containsExactly(FAST_CHECK);

        // a downgrade leaves the database below the heads: no mark is written, the history moves on
        sqlMigrations().downgrade("-1");
        sent.clear();
        assertThat(sqlMigrations().upgrade("heads").steps()).hasSize(1);
        assertThat(sent.subList(0, 2)).containsExactly(FAST_CHECK[0], FAST_CHECK[1]);
    }

    private static final String HISTORY_COMMENT = "SELECT obj_description('opsdb_migration_history'::regclass,"
            + " 'pg_class')";
    private static final String LAST_HISTORY_ID = "SELECT max(id)::text FROM opsdb_migration_history";
    private static final String[] FAST_CHECK = {
        "SELECT to_regclass('alembic_version') IS NOT NULL, to_regclass('opsdb_migration_history') IS NOT NULL,"
                + " obj_description(to_regclass('opsdb_migration_history'), 'pg_class')",
        "SELECT version_num, (SELECT max(id) FROM opsdb_migration_history) FROM alembic_version"
                + " ORDER BY version_num"};
    private static final String[] FULL_CHECK = {
        FAST_CHECK[0],
        FAST_CHECK[1],
        "SELECT DISTINCT ON (revision) revision, direction, checksum FROM opsdb_migration_history"
                + " WHERE success AND direction <> 'stamp' ORDER BY revision, id DESC"};

    @TempDir
    Path dir;

    private static String script(String id, String down) {
        return "-- revision: " + id + "\n" + (down == null ? "" : "-- down_revision: " + down + "\n")
                + "-- upgrade\nCREATE TABLE t_" + id + " (id int);\n-- downgrade\nDROP TABLE t_" + id + ";\n";
    }

    private void writeScripts() throws IOException {
        Files.writeString(dir.resolve("bbbbbbbbbbb1_step.sql"), script("bbbbbbbbbbb1", null));
        Files.writeString(dir.resolve("bbbbbbbbbbb2_step.sql"), script("bbbbbbbbbbb2", "bbbbbbbbbbb1"));
    }

    private Migrations sqlMigrations() {
        return Migrations.configure().dataSource(recording(db.dataSource())).locations(dir.toString()).load();
    }

    /** Writes the mark a run of scripts with {@code fingerprint} to the current heads would have left. */
    private void markUpToDate(String fingerprint) {
        state.execute("COMMENT ON TABLE opsdb_migration_history IS 'opsdb-migrations up-to-date mark v1; scripts "
                + fingerprint + "; history " + state.strings(LAST_HISTORY_ID).get(0) + "; heads "
                + String.join(",", state.versions()) + "'");
    }

    @Test
    void pendingRevisionsAreAppliedUnderTheLock() {
        migrations().upgrade("heads");

        // the session's settings as the connection came, to give it back so; then the runtime's own
        assertThat(sent.subList(0, 3)).containsExactly(FAST_CHECK[0], SessionSettings.READ,
                "SET client_connection_check_interval = 1000");
        // the lock's key is the version table's name; the table as the catalog resolves it names the lock in messages
        assertThat(sent.subList(3, 5)).containsExactly("SELECT coalesce((SELECT n.nspname FROM pg_class c JOIN"
                + " pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass('alembic_version')),"
                + " current_schema())", "SELECT pg_try_advisory_lock(?, ?)");
        assertThat(state.versions()).containsExactly("f00f00f00f06");
    }

    @Test
    void anUnknownRevisionInTheVersionTableIsStillAnError() throws Exception {
        migrations().upgrade("heads");
        try (Connection connection = db.openConnection(); Statement st = connection.createStatement()) {
            st.execute("UPDATE alembic_version SET version_num = 'abcabcabcabc'");
        }

        assertThatThrownBy(() -> migrations().upgrade("heads"))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Version table alembic_version holds revision abcabcabcabc, which is not among"
                        + " the scripts in ");
    }

    /** A DataSource that records the SQL of every statement executed through it. */
    private DataSource recording(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, (m, a, r) -> {
                    if (r instanceof PreparedStatement ps && a != null && a[0] instanceof String sql) {
                        return proxy(PreparedStatement.class, ps, (m2, a2, r2) -> {
                            if (m2.getName().startsWith("execute")) {
                                sent.add(sql);
                            }
                            return r2;
                        });
                    }
                    if (r instanceof Statement st) {
                        return proxy(Statement.class, st, (m2, a2, r2) -> r2, (m2, a2) -> {
                            if (m2.getName().startsWith("execute") && a2 != null && a2[0] instanceof String sql) {
                                sent.add(sql);
                            }
                        });
                    }
                    return r;
                });
            }
            return result;
        });
    }

    private interface After {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
    }

    private interface Before {
        void apply(java.lang.reflect.Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return proxy(type, target, after, (m, a) -> { });
    }

    private static <T> T proxy(Class<T> type, T target, After after, Before before) {
        InvocationHandler handler = (p, method, args) -> {
            before.apply(method, args);
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
