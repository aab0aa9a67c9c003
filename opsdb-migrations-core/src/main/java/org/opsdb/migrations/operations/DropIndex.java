package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] name [CASCADE]}.
 *
 * @param index        the index (qualified by its table's schema if not on the search path)
 * @param isConcurrent {@code CONCURRENTLY}
 * @param ifExists     {@code IF EXISTS}
 * @param cascade      {@code CASCADE}
 */
public record DropIndex(QualifiedName index, boolean isConcurrent, boolean ifExists, boolean cascade)
        implements MigrationOperation {

    /** Validates the name. */
    public DropIndex {
        Objects.requireNonNull(index, "index");
        if (isConcurrent && cascade) {
            throw new IllegalArgumentException("DROP INDEX CONCURRENTLY does not support CASCADE");
        }
    }

    /** A plain drop; {@code index} may be {@code schema.index}. */
    public static DropIndex of(String index) {
        return new DropIndex(QualifiedName.parse(index), false, false, false);
    }

    /** This drop done {@code CONCURRENTLY}. */
    public DropIndex concurrently() {
        return new DropIndex(index, true, ifExists, cascade);
    }

    /** This drop with {@code IF EXISTS}. */
    public DropIndex withIfExists() {
        return new DropIndex(index, isConcurrent, true, cascade);
    }

    /** This drop with {@code CASCADE}. */
    public DropIndex withCascade() {
        return new DropIndex(index, isConcurrent, ifExists, true);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
