package org.opsdb.migrations.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The check a service makes on every boot when nothing is pending: three read-only statements, no lock, no
 * transaction (benchmarks/ measures it against Flyway and Liquibase).
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
    void anUpToDateDatabaseIsCheckedWithThreeReadOnlyStatements() {
        migrations().upgrade("heads");
        sent.clear();

        MigrationResult result = migrations().upgrade("heads");

        assertThat(result.steps()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("f00f00f00f06");
        assertThat(sent).containsExactly(
                "SELECT to_regclass('alembic_version') IS NOT NULL, to_regclass('opsdb_migration_history') IS NOT NULL",
                "SELECT version_num FROM alembic_version ORDER BY version_num",
                "SELECT DISTINCT ON (revision) revision, direction, checksum FROM opsdb_migration_history"
                        + " WHERE success AND direction <> 'stamp' ORDER BY revision, id DESC");
    }

    @Test
    void pendingRevisionsAreAppliedUnderTheLock() {
        migrations().upgrade("heads");

        assertThat(sent.subList(0, 2)).containsExactly(
                "SELECT to_regclass('alembic_version') IS NOT NULL, to_regclass('opsdb_migration_history') IS NOT NULL",
                "SET client_connection_check_interval = 1000");
        assertThat(sent.get(2)).isEqualTo("SELECT pg_try_advisory_lock(?, ?)");
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
