package org.opsdb.migrations.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /** This domain with {@code NOT NULL}. */
    public CreateDomain withNotNull() {
        return new CreateDomain(domain, dataType, true, serverDefault, checks);
    }

    /** This domain with a default expression. */
    public CreateDomain withDefault(String expression) {
        return new CreateDomain(domain, dataType, notNull, expression, checks);
    }

    /** This domain with one more check, e.g. {@code CheckConstraint.of("VALUE > 0").named("positive")}. */
    public CreateDomain withCheck(CheckConstraint check) {
        List<CheckConstraint> more = new ArrayList<>(checks);
        more.add(check);
        return new CreateDomain(domain, dataType, notNull, serverDefault, more);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createDomain(this);
    }
}
