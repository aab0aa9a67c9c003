package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'value' [BEFORE|AFTER 'neighbour']}.
 * PostgreSQL cannot drop an enum value (see {@link EnumValueRemoval}). Before PostgreSQL 12 this must run outside
 * a transaction, and the new value cannot be used in the same transaction.
 *
 * @param type        the enum type
 * @param value       the new label
 * @param before      label to insert before, or {@code null}
 * @param after       label to insert after, or {@code null}
 * @param ifNotExists {@code IF NOT EXISTS}
 */
public record AddEnumValue(QualifiedName type, String value, String before, String after, boolean ifNotExists)
        implements MigrationOperation {

    /** Validates the parts. */
    public AddEnumValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (before != null && after != null) {
            throw new IllegalArgumentException("enum value " + value + " cannot go both before and after");
        }
    }

    /** Appends {@code value} to {@code type}; {@code type} may be {@code schema.type}. */
    public static AddEnumValue of(String type, String value) {
        return new AddEnumValue(QualifiedName.parse(type), value, null, null, false);
    }

    /** This value placed before {@code label}. */
    public AddEnumValue before(String label) {
        return new AddEnumValue(type, value, label, null, ifNotExists);
    }

    /** This value placed after {@code label}. */
    public AddEnumValue after(String label) {
        return new AddEnumValue(type, value, null, label, ifNotExists);
    }

    /** This statement with {@code IF NOT EXISTS}. */
    public AddEnumValue withIfNotExists() {
        return new AddEnumValue(type, value, before, after, true);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addEnumValue(this);
    }
}
