/**
 * Spring Boot auto-configuration of opsdb-migrations: a {@link org.opsdb.migrations.Migrations} bean and a
 * {@link org.opsdb.migrations.autoconfigure.runner.MigrationRunner} that brings the database up to date before
 * JPA starts, configured by {@link org.opsdb.migrations.autoconfigure.MigrationsProperties}.
 */
package org.opsdb.migrations.autoconfigure;
