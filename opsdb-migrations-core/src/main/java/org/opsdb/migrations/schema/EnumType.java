package org.opsdb.migrations.schema;

import java.util.List;
import java.util.Objects;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * A PostgreSQL enum type with its labels in sort order (the order of declaration).
 *
 * @param name   the type
 * @param labels the labels, in order
 */
public record EnumType(QualifiedName name, List<String> labels) {

    /** Copies the labels. */
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }
}
