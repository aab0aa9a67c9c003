package org.opsdb.migrations.operations;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TYPE name AS ENUM (labels)}, labels in declaration order.
 *
 * @param type   the type name
 * @param labels the labels, in order
 */
public record CreateEnum(QualifiedName type, List<String> labels) implements MigrationOperation {

    /** Copies the labels and refuses duplicates. */
    public CreateEnum {
        Objects.requireNonNull(type, "type");
        labels = List.copyOf(labels);
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("enum " + type + " has duplicate labels " + labels);
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createEnum(this);
    }
}
