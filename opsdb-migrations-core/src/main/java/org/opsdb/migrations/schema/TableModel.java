package org.opsdb.migrations.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.TableConstraint;
import org.opsdb.migrations.operations.UniqueConstraint;

/**
 * A table: columns in their physical order, keys, checks, foreign keys and indexes (constraints and indexes
 * sorted by name), and its comment. The column values never carry the primary-key flag: the key is
 * {@link #primaryKey}. Indexes that back a primary key or unique constraint are not listed.
 *
 * @param name        the table
 * @param columns     the columns, in order
 * @param primaryKey  the primary key, or {@code null}
 * @param uniques     unique constraints
 * @param checks      check constraints
 * @param foreignKeys foreign keys
 * @param indexes     indexes
 * @param comment     the comment, or {@code null}
 */
public record TableModel(QualifiedName name, List<Column> columns, PrimaryKeyConstraint primaryKey,
                         List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                         List<ForeignKeyConstraint> foreignKeys, List<CreateIndex> indexes, String comment) {

    /** Copies and sorts the parts. */
    public TableModel {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = sorted(uniques, UniqueConstraint::name);
        checks = sorted(checks, CheckConstraint::name);
        foreignKeys = sorted(foreignKeys, ForeignKeyConstraint::name);
        indexes = sorted(indexes, CreateIndex::name);
    }

    /** The column of that name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Primary key, uniques, checks and foreign keys, in that order. */
    public List<TableConstraint> constraints() {
        List<TableConstraint> all = new java.util.ArrayList<>();
        if (primaryKey != null) {
            all.add(primaryKey);
        }
        all.addAll(uniques);
        all.addAll(checks);
        all.addAll(foreignKeys);
        return all;
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
