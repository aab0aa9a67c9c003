package org.opsdb.demo;

import org.opsdb.migrations.test.EntityModelComparison;
import org.opsdb.migrations.test.MigrationChecks;

/**
 * The standard migration checks on the demo's history: single head, downgrades present, upgrade from base,
 * round trip, stairway, every downgrade leaving no trace, the entities matching the migrated schema, and lock
 * safety (lint and observed locks: the history's hazards are allowed in its scripts, each with its reason).
 */
@MigrationChecks(locations = "classpath:db/migrations", modelComparison = MigrationHistoryTest.DemoEntities.class)
class MigrationHistoryTest {

    /** The demo's JPA entities, mapped as Spring Boot maps them. */
    public static class DemoEntities extends EntityModelComparison {

        /** Every entity under {@code org.opsdb.demo}. */
        public DemoEntities() {
            super("org.opsdb.demo");
        }
    }
}
