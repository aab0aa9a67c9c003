package org.opsdb.migrations.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * A PostgreSQL domain: a base type with an optional default, NOT NULL and named checks (sorted by name).
 *
 * @param name          the domain
 * @param dataType      the base type, as {@code format_type} writes it
 * @param notNull       whether NULL is refused
 * @param serverDefault the default expression, or {@code null}
 * @param checks        the check constraints
 */
public record DomainType(QualifiedName name, String dataType, boolean notNull, String serverDefault,
                         List<CheckConstraint> checks) {

    /** Validates the parts and sorts the checks. */
    public DomainType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::name,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }
}
