package org.opsdb.demo;

import org.opsdb.migrations.test.EntityModelComparison;
import org.opsdb.migrations.test.MigrationChecks;
import org.opsdb.migrations.test.StandardCheck;

/**
 * The standard migration checks on the demo's history: single head, downgrades present, upgrade from base,
 * round trip, stairway, every downgrade leaving no trace, and the entities matching the migrated schema. Not lock
 * safety: the history predates the lint and has findings (a SET NOT NULL after an UPDATE, timestamp precision
 * changes) in revisions already applied, whose scripts cannot gain allows without changing their checksums.
 */
@MigrationChecks(locations = "classpath:db/migrations", modelComparison = MigrationHistoryTest.DemoEntities.class,
        skip = StandardCheck.LOCK_SAFETY)
class MigrationHistoryTest {

    /** The demo's JPA entities, mapped as Spring Boot maps them. */
    public static class DemoEntities extends EntityModelComparison {

        /** Every entity under {@code org.opsdb.demo}. */
        public DemoEntities() {
            super("org.opsdb.demo");
        }
    }
}
