package org.opsdb.demo;

import org.opsdb.migrations.test.MigrationChecks;

/**
 * The standard migration checks on the demo's history: single head, downgrades present, upgrade from base,
 * round trip, stairway, and every downgrade leaving no trace (models-match is skipped until autogenerate lands).
 */
@MigrationChecks(locations = "classpath:db/migrations")
class MigrationHistoryTest {
}
