package org.opsdb.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.ExecuteSql;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.OutsideTransaction;
import org.opsdb.migrations.script.SectionMarkers;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The acceptance loop for one kind of difference: builds database A and database B from SQL, diffs them, applies
 * the upgrade to A and checks that A reflects exactly as B, then applies the downgrade and checks that A
 * reflects exactly as before.
 */
class RoundTrip implements AutoCloseable {

    static final String OUTSIDE = SectionMarkers.OUTSIDE;
    static final String END_OUTSIDE = SectionMarkers.END_OUTSIDE;

    final TestDatabase a = PostgresServer.shared().createDatabase("diff_a");
    final TestDatabase b = PostgresServer.shared().createDatabase("diff_b");
    DiffResult diff;
    List<String> upgradeSql;
    List<String> downgradeSql;

    private final ReflectionScope scope;
    private final boolean anyColumnOrder;

    RoundTrip(String sqlA, String sqlB) {
        this(sqlA, sqlB, ReflectionScope.allSchemas(Set.of()), false);
    }

    /** A and B of one kind of difference, A filled with the kind's rows. */
    RoundTrip(DifferenceKind kind) {
        this(kind.sqlA(), kind.sqlB(), new ReflectionScope(kind.schemas(), Set.of(), "public"), kind.anyColumnOrder());
        execute(a, kind.rows());
    }

    private RoundTrip(String sqlA, String sqlB, ReflectionScope scope, boolean anyColumnOrder) {
        this.scope = scope;
        this.anyColumnOrder = anyColumnOrder;
        execute(a, sqlA);
        execute(b, sqlB);
    }

    /** Diffs (with safe forms), upgrades, compares, downgrades, compares; returns this for further assertions. */
    RoundTrip run(RenameHints hints) {
        return run(hints, true);
    }

    /** {@link #run(RenameHints)}, with safe forms or plain forms. */
    RoundTrip run(RenameHints hints, boolean safeForms) {
        SchemaModel before = reflect(a);
        SchemaModel target = reflect(b);
        diff = new SchemaDiff(NamingConvention.POSTGRESQL, hints, safeForms).compare(before, target);
        assertThat(Stream.concat(diff.upgrade().stream(), diff.downgrade().stream()))
                .as("the diff emits typed operations, never raw SQL").noneMatch(ExecuteSql.class::isInstance);
        upgradeSql = render(diff.upgrade());
        downgradeSql = render(diff.downgrade());
        Map<QualifiedName, Long> rows = rowCounts(before);
        apply(a, upgradeSql);
        SchemaModel upgraded = reflect(a);
        assertThat(comparable(upgraded)).as("A after the upgrade, reflected").isEqualTo(comparable(target));
        assertThat(new SchemaDiff().compare(upgraded, target).isEmpty()).isTrue();
        rows.forEach((table, count) -> {
            QualifiedName now = hints.tables().getOrDefault(table, table);
            if (upgraded.table(now).isPresent()) {
                assertThat(count(now)).as("rows of " + now + " after the upgrade").isEqualTo(count);
            }
        });
        afterUpgrade();
        apply(a, downgradeSql);
        assertThat(comparable(reflect(a))).as("A after the downgrade, reflected").isEqualTo(comparable(before));
        return this;
    }

    RoundTrip run() {
        return run(RenameHints.none());
    }

    /** Hook for checks between upgrade and downgrade. */
    void afterUpgrade() {
    }

    /** The model as compared: with columns sorted by name when the physical order may differ. */
    private SchemaModel comparable(SchemaModel model) {
        if (!anyColumnOrder) {
            return model;
        }
        return new SchemaModel(model.schemas(), model.tables().stream().map(t -> new TableModel(t.name(),
                t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(),
                t.uniques(), t.checks(), t.foreignKeys(), t.indexes(), t.comment())).toList(), model.enums(),
                model.sequences());
    }

    private Map<QualifiedName, Long> rowCounts(SchemaModel model) {
        Map<QualifiedName, Long> counts = new LinkedHashMap<>();
        model.tables().forEach(t -> counts.put(t.name(), count(t.name())));
        return counts;
    }

    private long count(QualifiedName table) {
        return Long.parseLong(strings(a, "SELECT count(*) FROM " + Identifiers.quote(table)).get(0));
    }

    SchemaModel reflect(TestDatabase db) {
        try (Connection c = db.openConnection()) {
            return new SchemaReflector(scope).reflect(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements, an outside-transaction block between its marker lines as in a SQL script. */
    static List<String> render(List<MigrationOperation> operations) {
        PostgresDdl ddl = new PostgresDdl();
        List<String> sql = new ArrayList<>();
        for (MigrationOperation op : operations) {
            boolean outside = op instanceof OutsideTransaction;
            if (outside) {
                sql.add(OUTSIDE);
            }
            sql.addAll(ddl.render(op));
            if (outside) {
                sql.add(END_OUTSIDE);
            }
        }
        return sql;
    }

    /** Runs {@link #render}ed statements in one transaction, those of a block each in its own. */
    static void apply(TestDatabase db, List<String> statements) {
        try (Connection c = db.openConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    if (sql.equals(OUTSIDE) || sql.equals(END_OUTSIDE)) {
                        c.setAutoCommit(sql.equals(OUTSIDE)); // commits what ran before the block
                        continue;
                    }
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new IllegalStateException(sql + ": " + e.getMessage() + "\nall: " + statements, e);
                    }
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
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
