package org.opsdb.migrations.operations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE DOMAIN name AS type [DEFAULT expr] [NOT NULL] [CONSTRAINT check CHECK (expr) ...]}.
 *
 * @param domain        the domain
 * @param dataType      the base type, SQL text
 * @param notNull       {@code NOT NULL}
 * @param serverDefault the default expression, or {@code null}
 * @param checks        the check constraints, in order (a {@code null} name lets PostgreSQL name it)
 */
public record CreateDomain(QualifiedName domain, String dataType, boolean notNull, String serverDefault,
                           List<CheckConstraint> checks) implements MigrationOperation {

    /** Validates the parts and copies the checks. */
    public CreateDomain {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(dataType, "dataType");
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A nullable domain without default or checks; {@code domain} may be {@code schema.domain}. */
    public static CreateDomain of(String domain, String dataType) {
        return new CreateDomain(QualifiedName.parse(domain), dataType, false, null, List.of());
    }

    @Override
    public Optional<MigrationOperation> reverse() {
        return Optional.of(new DropDomain(domain, false, false, this));
    }
}
