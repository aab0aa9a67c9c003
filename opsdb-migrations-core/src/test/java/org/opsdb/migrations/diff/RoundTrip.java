package org.opsdb.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The acceptance loop for one kind of difference: builds database A and database B from SQL, diffs them, applies
 * the upgrade to A and checks that A reflects exactly as B, then applies the downgrade and checks that A
 * reflects exactly as before.
 */
class RoundTrip implements AutoCloseable {

    final TestDatabase a = PostgresServer.shared().createDatabase("diff_a");
    final TestDatabase b = PostgresServer.shared().createDatabase("diff_b");
    DiffResult diff;
    List<String> upgradeSql;
    List<String> downgradeSql;

    RoundTrip(String sqlA, String sqlB) {
        execute(a, sqlA);
        execute(b, sqlB);
    }

    /** Diffs, upgrades, compares, downgrades, compares; returns this for further assertions. */
    RoundTrip run(RenameHints hints) {
        SchemaModel before = reflect(a);
        SchemaModel target = reflect(b);
        diff = new SchemaDiff(NamingConvention.POSTGRESQL, hints).compare(before, target);
        upgradeSql = render(diff.upgrade());
        downgradeSql = render(diff.downgrade());
        apply(a, upgradeSql);
        assertThat(reflect(a)).as("A after the upgrade, reflected").isEqualTo(target);
        assertThat(new SchemaDiff().compare(reflect(a), target).isEmpty()).isTrue();
        afterUpgrade();
        apply(a, downgradeSql);
        assertThat(reflect(a)).as("A after the downgrade, reflected").isEqualTo(before);
        return this;
    }

    RoundTrip run() {
        return run(RenameHints.none());
    }

    /** Hook for checks between upgrade and downgrade. */
    void afterUpgrade() {
    }

    static SchemaModel reflect(TestDatabase db) {
        try (Connection c = db.openConnection()) {
            return new SchemaReflector(ReflectionScope.allSchemas(Set.of())).reflect(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> render(List<MigrationOperation> operations) {
        PostgresDdl ddl = new PostgresDdl();
        List<String> sql = new ArrayList<>();
        operations.forEach(op -> sql.addAll(ddl.render(op)));
        return sql;
    }

    static void apply(TestDatabase db, List<String> statements) {
        try (Connection c = db.openConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new IllegalStateException(sql + ": " + e.getMessage() + "\nall: " + statements, e);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(TestDatabase db, String sql) {
        if (sql.isBlank()) {
            return;
        }
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(TestDatabase db, String sql) {
        try (Connection c = db.openConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
