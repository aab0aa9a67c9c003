package org.opsdb.migrations.autoconfigure.runner;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MigrationRunner} and {@link FleetMigrationRunner} beans initialize the database, so
 * that beans depending on database initialization (JPA's {@code EntityManagerFactory}, {@code JdbcTemplate}s) are
 * created after them.
 * Registered in {@code META-INF/spring.factories}.
 */
class MigrationRunnerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrationRunner.class, FleetMigrationRunner.class);
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
