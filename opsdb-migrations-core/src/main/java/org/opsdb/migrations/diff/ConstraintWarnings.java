package org.opsdb.migrations.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.ddl.RowQueries;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.TableConstraint;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.schema.TableModel;

/**
 * The warnings for a constraint added to a table that already exists, and so may hold rows it rejects (as
 * {@code SET NOT NULL} does): a new or changed CHECK, a new UNIQUE constraint or unique index. Each warning's
 * second line is the query that finds those rows. No warning when the rows already satisfy it: the same CHECK
 * under another name, a key whose columns include those of a unique key the table already had.
 */
final class ConstraintWarnings {

    private ConstraintWarnings() {
    }

    /** The warning for {@code constraint}, added to {@code table} as it was ({@code before}), if any. */
    static Optional<String> onExistingRows(TableModel before, QualifiedName table, TableConstraint constraint) {
        if (constraint instanceof CheckConstraint check) {
            return checkWarning(before, table, check);
        }
        if (constraint instanceof UniqueConstraint unique) {
            List<IndexElement> keys = unique.columns().stream().map(IndexElement::column).toList();
            return uniqueWarning(before, table, "UNIQUE" + named(unique.name()), keys, null);
        }
        return Optional.empty();
    }

    /** The warning for {@code index}, added to {@code table} as it was ({@code before}), if it is unique. */
    static Optional<String> onExistingRows(TableModel before, QualifiedName table, CreateIndex index) {
        if (!index.isUnique()) {
            return Optional.empty();
        }
        return uniqueWarning(before, table, "unique index " + index.name(), index.elements(), index.where());
    }

    private static Optional<String> checkWarning(TableModel before, QualifiedName table, CheckConstraint check) {
        boolean sameCondition = before.checks().stream().anyMatch(old -> old.expression().equals(check.expression()));
        if (sameCondition) {
            return Optional.empty();
        }
        boolean replaces = check.name() != null && before.checks().stream()
                .anyMatch(old -> check.name().equals(old.name()));
        return Optional.of((replaces ? "changes" : "adds") + " CHECK" + named(check.name()) + " on " + table
                + ": this fails if a row breaks it\nfind them: "
                + RowQueries.breakingCheck(table, check.expression()));
    }

    private static Optional<String> uniqueWarning(TableModel before, QualifiedName table, String what,
                                                  List<IndexElement> keys, String where) {
        if (where == null && keys.stream().noneMatch(IndexElement::expression)) {
            List<String> columns = keys.stream().map(IndexElement::text).toList();
            if (uniqueKeysOf(before).stream().anyMatch(columns::containsAll)) {
                return Optional.empty();
            }
        }
        return Optional.of("adds " + what + " on " + table + ": this fails if two rows share a key\nfind them: "
                + RowQueries.duplicateKeys(table, keys, where));
    }

    /** The column lists the table's rows are already unique on: its primary key, UNIQUE constraints and indexes. */
    private static List<List<String>> uniqueKeysOf(TableModel table) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) {
            keys.add(table.primaryKey().columns());
        }
        table.uniques().forEach(u -> keys.add(u.columns()));
        for (CreateIndex index : table.indexes()) {
            if (index.isUnique() && index.where() == null
                    && index.elements().stream().noneMatch(IndexElement::expression)) {
                keys.add(index.elements().stream().map(IndexElement::text).toList());
            }
        }
        return keys;
    }

    private static String named(String name) {
        return name == null ? "" : " " + name;
    }
}
