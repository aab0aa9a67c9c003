package org.opsdb.migrations.autoconfigure.hibernate;

import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that a DataSource's schema is managed by migrations, so Hibernate's {@code ddl-auto}
 * defaults to {@code none} for it, as Boot does for Flyway.
 */
public final class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<Migrations> migrations;

    /** A provider over the context's {@link Migrations} beans. */
    public MigrationsSchemaManagementProvider(ObjectProvider<Migrations> migrations) {
        this.migrations = migrations;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return migrations.stream().anyMatch(m -> m.dataSource().filter(dataSource::equals).isPresent())
                ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
