package org.opsdb.migrations.schema;

import java.util.Objects;
import org.opsdb.migrations.operations.SequenceOptions;

import org.opsdb.migrations.operations.QualifiedName;

/**
 * A free-standing sequence (identity and serial sequences belong to their column and are not listed).
 * Options that equal PostgreSQL's defaults for the data type are {@code null}.
 *
 * @param name    the sequence
 * @param options its options ({@code ownedBy} included when it is owned by a column)
 */
public record SequenceModel(QualifiedName name, SequenceOptions options) {

    /** Validates the parts. */
    public SequenceModel {
        Objects.requireNonNull(name, "name");
        options = options == null ? SequenceOptions.DEFAULTS : options;
    }
}
