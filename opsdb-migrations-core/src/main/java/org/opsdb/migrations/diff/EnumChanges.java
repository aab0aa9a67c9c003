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
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Enum type changes: new types are created before the tables, dropped types are dropped after them; labels that
 * are only added become {@code ADD VALUE ... BEFORE/AFTER}; removed or reordered labels use the
 * rename/create/convert/drop recipe of {@link EnumValueRemoval} over every column of the type.
 */
final class EnumChanges {

    private final SchemaDiff.Sink sink;
    private final Consumer<String> warn;

    EnumChanges(SchemaDiff.Sink sink, Consumer<String> warn) {
        this.sink = sink;
        this.warn = warn;
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
