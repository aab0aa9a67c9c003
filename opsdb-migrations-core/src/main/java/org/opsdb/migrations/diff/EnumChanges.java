package org.opsdb.migrations.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.AddEnumValue;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.ColumnRef;
import org.opsdb.migrations.operations.CreateEnum;
import org.opsdb.migrations.operations.DropEnum;
import org.opsdb.migrations.operations.EnumValueRemoval;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.RenameEnumValue;
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Enum type changes: new types are created before the tables, dropped types are dropped after them; labels that
 * are only added become {@code ADD VALUE ... BEFORE/AFTER}; removed or reordered labels use the
 * rename/create/convert/drop recipe of {@link EnumValueRemoval} over every column of the type. A label renamed by a
 * hint ({@link RenameHints#enumLabel}) is {@code ALTER TYPE … RENAME VALUE} first; a label replaced by a new one at
 * the same position without a hint is reported as a probable rename, since the recipe's cast fails on its rows.
 */
final class EnumChanges {

    private final SchemaDiff.Sink sink;
    private final Consumer<String> warn;

    EnumChanges(SchemaDiff.Sink sink, Consumer<String> warn) {
        this.sink = sink;
        this.warn = warn;
    }

    /**
     * Writes the hinted label renames and returns {@code from} with them applied.
     *
     * @throws IllegalArgumentException naming the hint and the candidates, when a hint names no label that
     *                                  {@code from}'s type has and {@code to}'s lacks, renamed to one only {@code to}'s has
     */
    SchemaModel renameLabels(SchemaModel from, SchemaModel to, RenameHints hints) {
        SchemaModel renamed = from;
        for (var hint : hints.enumLabels().entrySet()) {
            QualifiedName type = hint.getKey().type();
            String label = hint.getKey().label();
            String newLabel = hint.getValue();
            List<String> before = renamed.enumType(type).map(EnumType::labels).orElse(List.of());
            List<String> after = to.enumType(type).map(EnumType::labels).orElse(List.of());
            if (!before.contains(label) || before.contains(newLabel) || after.contains(label)
                    || !after.contains(newLabel)) {
                throw new IllegalArgumentException(RenameHints.enumLabelOption(type, label, newLabel)
                        + " matches nothing: enum type " + type + " does not lose label '" + label + "' and gain '"
                        + newLabel + "'; candidates: " + candidates(from, to));
            }
            sink.add(DiffPhase.TYPES, new RenameEnumValue(type, label, newLabel),
                    "rename value '" + label + "' of enum type " + type + " to '" + newLabel + "'");
            renamed = ModelRenames.renameEnumLabel(renamed, type, label, newLabel);
        }
        return renamed;
    }

    /** Every label one side's type lacks paired with every label the other's lacks, as options; or none. */
    private static String candidates(SchemaModel from, SchemaModel to) {
        List<String> options = new ArrayList<>();
        for (EnumType old : from.enums()) {
            List<String> now = to.enumType(old.name()).map(EnumType::labels).orElse(List.of());
            for (String removed : old.labels().stream().filter(l -> !now.isEmpty() && !now.contains(l)).toList()) {
                now.stream().filter(l -> !old.labels().contains(l)).forEach(added ->
                        options.add(RenameHints.enumLabelOption(old.name(), removed, added)));
            }
        }
        return options.isEmpty() ? "none (no enum type loses a label and gains another)" : String.join(", ", options);
    }

    void compare(SchemaModel from, SchemaModel to) {
        for (EnumType type : to.enums()) {
            Optional<EnumType> existing = from.enumType(type.name());
            if (existing.isEmpty()) {
                sink.add(DiffPhase.TYPES, new CreateEnum(type.name(), type.labels()), "add enum type " + type.name()
                        + " " + type.labels());
            } else if (!existing.get().labels().equals(type.labels())) {
                change(from, existing.get(), type);
            }
        }
        for (EnumType type : from.enums()) {
            if (to.enumType(type.name()).isEmpty()) {
                sink.add(DiffPhase.DROP_TYPES, new DropEnum(type.name(), false, false),
                        "drop enum type " + type.name());
            }
        }
    }

    private void change(SchemaModel from, EnumType old, EnumType now) {
        if (isSubsequence(old.labels(), now.labels())) {
            List<String> labels = now.labels();
            for (int i = 0; i < labels.size(); i++) {
                String label = labels.get(i);
                if (old.labels().contains(label)) {
                    continue;
                }
                String next = labels.stream().skip(i + 1).filter(old.labels()::contains).findFirst().orElse(null);
                AddEnumValue add = new AddEnumValue(old.name(), label, next, next == null && i > 0 ? labels.get(i - 1) : null,
                        false);
                sink.add(DiffPhase.TYPES, add, "add value '" + label + "' to enum type " + old.name());
            }
            return;
        }
        List<EnumValueRemoval.EnumColumn> columns = columnsOf(from, old);
        EnumValueRemoval.of(old.name(), now.labels(), columns).forEach(op -> sink.add(DiffPhase.TYPES, op, null));
        List<String> removed = old.labels().stream().filter(l -> !now.labels().contains(l)).toList();
        sink.add(DiffPhase.TYPES, null, "change enum type " + old.name() + " " + old.labels() + " -> " + now.labels());
        if (!removed.isEmpty()) {
            warn.accept("removes " + removed + " from enum type " + old.name() + ": rows that hold "
                    + (removed.size() == 1 ? "it" : "them") + " make the upgrade fail; update them first");
        }
        reportProbableRenames(old, now);
    }

    /** A label gone and a new one at the same position: a probable rename, whose rows the recipe's cast rejects. */
    private void reportProbableRenames(EnumType old, EnumType now) {
        for (int i = 0; i < Math.min(old.labels().size(), now.labels().size()); i++) {
            String label = old.labels().get(i);
            String newLabel = now.labels().get(i);
            if (!now.labels().contains(label) && !old.labels().contains(newLabel)) {
                warn.accept("label '" + label + "' of enum type " + old.name() + " may have been renamed to '"
                        + newLabel + "' (same position): the upgrade's cast (USING column::text::"
                        + Identifiers.quote(old.name()) + ") fails on every row that holds '" + label
                        + "'; to keep them, pass " + RenameHints.enumLabelOption(old.name(), label, newLabel)
                        + " (rename hint enumLabel(\"" + old.name() + "\", \"" + label + "\", \"" + newLabel
                        + "\"))");
            }
        }
    }

    private static List<EnumValueRemoval.EnumColumn> columnsOf(SchemaModel model, EnumType type) {
        String typeName = Identifiers.quote(type.name());
        List<EnumValueRemoval.EnumColumn> columns = new ArrayList<>();
        for (TableModel table : model.tables()) {
            for (Column column : table.columns()) {
                if (column.type().equals(typeName)) {
                    columns.add(new EnumValueRemoval.EnumColumn(new ColumnRef(table.name(), column.name()),
                            column.serverDefault()));
                }
            }
        }
        return columns;
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String label : whole) {
            if (i < part.size() && part.get(i).equals(label)) {
                i++;
            }
        }
        return i == part.size();
    }
}
