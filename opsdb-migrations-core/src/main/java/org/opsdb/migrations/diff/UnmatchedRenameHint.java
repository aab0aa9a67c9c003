package org.opsdb.migrations.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * The one-line refusal of a table or column rename hint that matches no dropped and added pair (as
 * {@link EnumChanges} refuses an enum label hint): it names the hint as the option spells it and the candidates,
 * each as the option to pass, or why there is none. {@code from} is the database, {@code to} the entity model.
 */
final class UnmatchedRenameHint {

    private UnmatchedRenameHint() {
    }

    /** A table hint {@code old=renamed} that names no table dropped from {@code from} and added in {@code to}. */
    static IllegalArgumentException table(QualifiedName old, QualifiedName renamed, SchemaModel from, SchemaModel to) {
        List<QualifiedName> dropped = from.tables().stream().map(TableModel::name)
                .filter(name -> to.table(name).isEmpty()).toList();
        List<QualifiedName> added = to.tables().stream().map(TableModel::name)
                .filter(name -> from.table(name).isEmpty()).toList();
        List<String> options = new ArrayList<>();
        dropped.forEach(d -> added.forEach(a -> options.add(RenameHints.tableOption(d, a))));
        return refusal(RenameHints.tableOption(old, renamed), "table " + old + " is not dropped and "
                + renamed + " added", options, why(dropped.isEmpty(), added.isEmpty(), "no table dropped",
                "no table added", "no table dropped or added"));
    }

    /**
     * A column hint {@code table.old=renamed} that names no column dropped from {@code table} and added to it;
     * {@code hinted} is the table as the hint names it, {@code table} as it is named after the hinted table renames.
     */
    static IllegalArgumentException column(QualifiedName hinted, QualifiedName table, String old, String renamed,
                                           SchemaModel from, SchemaModel to) {
        String option = RenameHints.columnOption(hinted, old, renamed);
        String problem = "table " + table + " does not lose column " + old + " and gain " + renamed;
        Optional<TableModel> before = from.table(table);
        Optional<TableModel> after = to.table(table);
        if (before.isEmpty() || after.isEmpty()) {
            return refusal(option, problem, List.of(), "no table " + table + " in the "
                    + (before.isEmpty() ? "database" : "entity model"));
        }
        List<String> dropped = names(before.get()).stream().filter(c -> after.get().column(c).isEmpty()).toList();
        List<String> added = names(after.get()).stream().filter(c -> before.get().column(c).isEmpty()).toList();
        List<String> options = new ArrayList<>();
        dropped.forEach(d -> added.forEach(a -> options.add(RenameHints.columnOption(hinted, d, a))));
        return refusal(option, problem, options, why(dropped.isEmpty(), added.isEmpty(),
                "no column dropped from " + table, "no column added to " + table,
                "no column dropped from " + table + " or added to it"));
    }

    private static List<String> names(TableModel table) {
        return table.columns().stream().map(Column::name).toList();
    }

    /** Why there is no candidate: nothing dropped, nothing added, or neither ({@code null} when there are some). */
    private static String why(boolean noneDropped, boolean noneAdded, String notDropped, String notAdded,
                              String neither) {
        return noneDropped && noneAdded ? neither : noneDropped ? notDropped : noneAdded ? notAdded : null;
    }

    private static IllegalArgumentException refusal(String option, String problem, List<String> options,
                                                    String why) {
        return new IllegalArgumentException(option + " matches nothing: " + problem + "; candidates: "
                + (options.isEmpty() ? "none (" + why + ")" : String.join(", ", options)));
    }
}
