package org.opsdb.migrations.test;

import java.util.List;
import org.opentest4j.TestAbortedException;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.test.snapshot.SchemaDifference;

/**
 * The schema {@code init} creates from the entity model on an empty database equals the schema {@code upgrade heads}
 * creates, compared by schema snapshot as {@link NoTraceCheck} compares (column order left out).
 */
final class InitMatchesMigrationsCheck implements Check {

    /** Why the check is skipped without a comparison. */
    static final String NOT_CONFIGURED = "No ModelComparison configured: init builds the schema from the entity"
            + " model; name the entities with an EntityModelComparison";

    /** Why the check is skipped when the comparison names no model. */
    static final String NO_MODEL = "The ModelComparison names no model for init (its modelSource() is empty);"
            + " an EntityModelComparison names its entities";

    @Override
    public void run(CheckSession session) {
        ModelComparison comparison = session.modelComparison();
        if (comparison == null) {
            throw new TestAbortedException(NOT_CONFIGURED);
        }
        ModelSource model = comparison.modelSource().orElseThrow(() -> new TestAbortedException(NO_MODEL));
        session.reset();
        session.command(() -> session.migrations().upgrade("heads"));
        List<String> migrated = session.snapshot();
        session.reset();
        session.command(() -> session.migrations().init(model, false));
        SchemaDifference difference = SchemaDifference.between(migrated, session.snapshot());
        if (!difference.isEmpty()) {
            throw new MigrationCheckFailure("The schema from init differs from the schema from upgrade heads: "
                    + difference.describe("after upgrade heads", "after init"));
        }
    }
}
