package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code COMMENT ON TABLE name IS ...}; a {@code null} new comment removes it.
 *
 * @param table   the table
 * @param comment the comment change
 */
public record SetTableComment(QualifiedName table, Change<String> comment) implements MigrationOperation {

    /** Validates the parts. */
    public SetTableComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setTableComment(this);
    }
}
