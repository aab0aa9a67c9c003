package org.opsdb.migrations.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Deterministic names for constraints and indexes that a model leaves unnamed, written like SQLAlchemy's
 * {@code naming_convention}: {@code %(table)s}, {@code %(column_0_name)s}, {@code %(column_0_N_name)s} (all
 * columns joined by {@code _}) and {@code %(referred_table)s}. The {@link #POSTGRESQL} default reproduces the names
 * PostgreSQL itself gives ({@code t_pkey}, {@code t_a_b_key}, {@code t_a_fkey}, {@code t_a_check},
 * {@code t_a_idx}), so a schema created by {@code init} compares clean. Names are cut to 63 bytes, and a number
 * is appended when two would clash, as PostgreSQL does.
 *
 * @param primaryKey pattern for primary keys
 * @param unique     pattern for unique constraints
 * @param check      pattern for check constraints ({@code column_0} is the column a column check belongs to)
 * @param foreignKey pattern for foreign keys
 * @param index      pattern for indexes
 */
public record NamingConvention(String primaryKey, String unique, String check, String foreignKey, String index) {

    /** PostgreSQL's own names for unnamed constraints and indexes. */
    public static final NamingConvention POSTGRESQL = new NamingConvention("%(table)s_pkey",
            "%(table)s_%(column_0_N_name)s_key", "%(table)s_%(column_0_name)s_check",
            "%(table)s_%(column_0_N_name)s_fkey", "%(table)s_%(column_0_N_name)s_idx");

    /** The convention Alembic's documentation recommends. */
    public static final NamingConvention ALEMBIC = new NamingConvention("pk_%(table)s",
            "uq_%(table)s_%(column_0_N_name)s", "ck_%(table)s_%(column_0_name)s",
            "fk_%(table)s_%(column_0_name)s_%(referred_table)s", "ix_%(table)s_%(column_0_N_name)s");

    private static final int MAX_NAME_BYTES = 63;

    /** Names every unnamed constraint and index of {@code model}. */
    public SchemaModel apply(SchemaModel model) {
        List<TableModel> tables = new ArrayList<>();
        for (TableModel table : model.tables()) {
            Set<String> used = new HashSet<>();
            table.constraints().forEach(c -> used.add(c.name()));
            table.indexes().forEach(i -> used.add(i.name()));
            String t = table.name().name();
            PrimaryKeyConstraint pk = table.primaryKey();
            if (pk != null && pk.name() == null) {
                pk = pk.named(name(primaryKey, t, pk.columns(), null, used));
            }
            List<UniqueConstraint> uniques = new ArrayList<>();
            for (UniqueConstraint u : table.uniques()) {
                uniques.add(u.name() != null ? u : u.named(name(unique, t, u.columns(), null, used)));
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (CheckConstraint c : table.checks()) {
                checks.add(c.name() != null ? c : c.named(name(check, t, List.of(), null, used)));
            }
            List<ForeignKeyConstraint> fks = new ArrayList<>();
            for (ForeignKeyConstraint fk : table.foreignKeys()) {
                fks.add(fk.name() != null ? fk
                        : fk.named(name(foreignKey, t, fk.columns(), fk.referencedTable().name(), used)));
            }
            List<CreateIndex> indexes = new ArrayList<>();
            for (CreateIndex ix : table.indexes()) {
                indexes.add(ix.name() != null ? ix : rename(ix, name(index, t, ix.elements().stream()
                        .map(e -> e.expression() ? "expr" : e.text()).toList(), null, used)));
            }
            tables.add(new TableModel(table.name(), table.columns(), pk, uniques, checks, fks, indexes,
                    table.comment()));
        }
        return model.withTables(tables);
    }

    /** The check-constraint name for a check that belongs to {@code column}. */
    public String columnCheckName(String table, String column) {
        return truncate(expand(check, table, List.of(column), null));
    }

    private static CreateIndex rename(CreateIndex index, String name) {
        return new CreateIndex(name, index.table(), index.elements(), index.isUnique(), index.method(),
                index.where(), index.isConcurrent(), index.ifNotExists(), index.include());
    }

    private static String name(String pattern, String table, List<String> columns, String referred,
                               Set<String> used) {
        String base = truncate(expand(pattern, table, columns, referred).replace("__", "_").replaceAll("_$", ""));
        String candidate = base;
        for (int n = 1; used.contains(candidate); n++) {
            String suffix = String.valueOf(n);
            candidate = truncate(base, MAX_NAME_BYTES - suffix.length()) + suffix;
        }
        used.add(candidate);
        return candidate;
    }

    private static String expand(String pattern, String table, List<String> columns, String referred) {
        return pattern.replace("%(table)s", table)
                .replace("%(column_0_N_name)s", String.join("_", columns))
                .replace("%(column_0_name)s", columns.isEmpty() ? "" : columns.get(0))
                .replace("%(referred_table)s", referred == null ? "" : referred);
    }

    private static String truncate(String name) {
        return truncate(name, MAX_NAME_BYTES);
    }

    private static String truncate(String name, int bytes) {
        String out = name;
        while (out.getBytes(StandardCharsets.UTF_8).length > bytes) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

}
