package org.opsdb.migrations.test;

import java.util.List;
import org.opentest4j.TestAbortedException;

/** Migrates an empty database to heads and asks the configured {@link ModelComparison} for differences. */
final class ModelsMatchCheck implements Check {

    /** Why the check is skipped without a comparison. */
    static final String NOT_CONFIGURED = "No ModelComparison configured: comparing models with the migrated database"
            + " needs autogenerate (Migrations.check), which the kit does not provide yet";

    @Override
    public void run(CheckSession session) {
        ModelComparison comparison = session.modelComparison();
        if (comparison == null) {
            throw new TestAbortedException(NOT_CONFIGURED);
        }
        session.reset();
        session.command(() -> session.migrations().upgrade("heads"));
        List<String> differences = comparison.differences(session.migrations(), session.dataSource());
        if (!differences.isEmpty()) {
            throw new MigrationCheckFailure("Models differ from the database migrated to heads: "
                    + String.join("; ", differences));
        }
    }
}
