package org.opsdb.migrations.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recipe to remove a label from an enum type, which PostgreSQL cannot do in place: rename the old type to
 * {@code <name>_old}, create the type again with the remaining labels, convert every column that uses it with
 * a cast through {@code text} ({@code USING col::text::type}), then drop the old type. Rows still holding the removed label make the
 * conversion fail: update them first. A column default that mentions the old type is dropped before the
 * conversion and set again afterwards when given.
 */
public final class EnumValueRemoval {

    /**
     * A column that uses the enum type.
     *
     * @param column        the column
     * @param serverDefault its default expression, or {@code null} when it has none
     */
    public record EnumColumn(ColumnRef column, String serverDefault) {

        /** Validates the column. */
        public EnumColumn {
            Objects.requireNonNull(column, "column");
        }

        /** A column without default; {@code table} may be {@code schema.table}. */
        public static EnumColumn of(String table, String column) {
            return new EnumColumn(ColumnRef.of(table, column), null);
        }

        /** This column with a default to restore, e.g. {@code 'draft'}. */
        public EnumColumn withDefault(String expression) {
            return new EnumColumn(column, expression);
        }
    }

    private EnumValueRemoval() {
    }

    /** The operations that leave {@code type} with exactly {@code remainingLabels}, converting {@code columns}. */
    public static List<MigrationOperation> of(QualifiedName type, List<String> remainingLabels,
                                              List<EnumColumn> columns) {
        String oldName = type.name() + "_old";
        String newType = Identifiers.quote(type); // a type as columns spell it, e.g. ops."Status"
        List<MigrationOperation> ops = new ArrayList<>();
        ops.add(new RenameType(type, oldName));
        ops.add(new CreateEnum(type, remainingLabels));
        for (EnumColumn use : columns) {
            AlterColumn base = AlterColumn.of(use.column().table(), use.column().column());
            if (use.serverDefault() != null) {
                ops.add(base.dropDefault());
            }
            ops.add(base.type(newType).usingCast("text"));
            if (use.serverDefault() != null) {
                ops.add(base.serverDefault(use.serverDefault()));
            }
        }
        ops.add(new DropEnum(type.withName(oldName), false, false));
        return List.copyOf(ops);
    }
}
