package org.opsdb.migrations.diff;

import java.util.Optional;
import java.util.function.Consumer;
import org.opsdb.migrations.operations.CreateDomain;
import org.opsdb.migrations.operations.DropDomain;
import org.opsdb.migrations.schema.DomainType;
import org.opsdb.migrations.schema.SchemaModel;

/**
 * Domain changes: new domains are created after the enum types (a domain may be over one) and before the tables,
 * dropped domains are dropped after the tables and before the enum types. A domain whose definition changed is
 * reported with a warning: its columns keep it, so the change is an {@code ALTER DOMAIN} to write by hand.
 */
final class DomainChanges {

    private final SchemaDiff.Sink sink;
    private final Consumer<String> warn;

    DomainChanges(SchemaDiff.Sink sink, Consumer<String> warn) {
        this.sink = sink;
        this.warn = warn;
    }

    void compare(SchemaModel from, SchemaModel to) {
        for (DomainType domain : to.domains()) {
            Optional<DomainType> existing = from.domain(domain.name());
            if (existing.isEmpty()) {
                sink.add(DiffPhase.TYPES, create(domain), "add domain " + domain.name());
            } else if (!existing.get().equals(domain)) {
                sink.add(DiffPhase.TYPES, null, "change domain " + domain.name());
                warn.accept("domain " + domain.name() + " changed from " + describe(existing.get()) + " to "
                        + describe(domain) + ": not generated, write the ALTER DOMAIN statements by hand");
            }
        }
        for (DomainType domain : from.domains()) {
            if (to.domain(domain.name()).isEmpty()) {
                sink.add(DiffPhase.DROP_DOMAINS, new DropDomain(domain.name(), false, false),
                        "drop domain " + domain.name());
            }
        }
    }

    private static CreateDomain create(DomainType domain) {
        return new CreateDomain(domain.name(), domain.dataType(), domain.notNull(), domain.serverDefault(),
                domain.checks());
    }

    private static String describe(DomainType domain) {
        return SafeForms.statements(create(domain));
    }
}
