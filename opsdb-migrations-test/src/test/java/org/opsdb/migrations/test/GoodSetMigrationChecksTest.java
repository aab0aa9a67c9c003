package org.opsdb.migrations.test;

/** Run by surefire through the kit's own engine, as a user's class would be: every check is a test. */
@MigrationChecks(locations = "classpath:db/checks_good")
class GoodSetMigrationChecksTest {
}
