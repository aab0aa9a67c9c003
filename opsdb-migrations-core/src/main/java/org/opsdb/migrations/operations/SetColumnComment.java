package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code COMMENT ON COLUMN table.column IS ...}; a {@code null} new comment removes it.
 *
 * @param table   the table
 * @param column  the column
 * @param comment the comment change
 */
public record SetColumnComment(QualifiedName table, String column, Change<String> comment)
        implements MigrationOperation {

    /** Validates the parts. */
    public SetColumnComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setColumnComment(this);
    }
}
