package org.opsdb.migrations.test;

/**
 * Run by surefire through the kit's own engine: every check, models-match and init-matches-migrations included, on
 * a set whose entities declare the migrations' server defaults and index.
 */
@MigrationChecks(locations = "classpath:db/checks_init", modelComparison = InitSetMigrationChecksTest.Entities.class)
class InitSetMigrationChecksTest {

    /** The entities of {@code entities.matching}. */
    public static class Entities extends EntityModelComparison {

        /** The matching entities. */
        public Entities() {
            super(MigrationCheckTest.MATCHING_ENTITIES);
        }
    }
}
