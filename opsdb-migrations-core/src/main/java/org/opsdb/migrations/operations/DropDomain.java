package org.opsdb.migrations.operations;

import java.util.Objects;

/**
 * {@code DROP DOMAIN [IF EXISTS] name [CASCADE]}.
 *
 * @param domain     the domain
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE} (drops the columns that use it too)
 */
public record DropDomain(QualifiedName domain, boolean ifExists, boolean cascade) implements MigrationOperation {

    /** Validates the name. */
    public DropDomain {
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropDomain(this);
    }
}
