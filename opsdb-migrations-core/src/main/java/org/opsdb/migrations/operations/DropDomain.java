package org.opsdb.migrations.operations;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP DOMAIN [IF EXISTS] name [CASCADE]}. Reversible when the definition is known.
 *
 * @param domain     the domain
 * @param ifExists   {@code IF EXISTS}
 * @param cascade    {@code CASCADE} (drops the columns that use it: not reversible)
 * @param definition the domain as it was, or {@code null}
 */
public record DropDomain(QualifiedName domain, boolean ifExists, boolean cascade, CreateDomain definition)
        implements MigrationOperation {

    /** Validates the name. */
    public DropDomain {
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropDomain(this);
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return definition == null || cascade ? Optional.empty() : Optional.of(definition);
    }
}
