package org.opsdb.migrations.autoconfigure.scan;

import java.util.List;

/**
 * Loads and initialises, on the preload thread once the scripts are read, the classes the boot's up-to-date check
 * is about to need on the main thread (the starter's beans, the runtime and its up-to-date mark), so that the main
 * thread finds them ready: the same head start Spring Boot's own background pre-initialisation gives its costly
 * classes. Named as strings, so that nothing is loaded before the preload thread runs; a name that no longer loads
 * is skipped (a test keeps the list true).
 */
public final class ClassPreinitializer implements Runnable {

    /** The classes, in the order the main thread first needs them. */
    static final List<String> CLASS_NAMES = List.of(
            "org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration",
            "org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration$MigrationDataSources",
            "org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration$HibernateSchemaManagementConfiguration",
            "org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration$EntitySchemaInitializerConfiguration",
            "org.opsdb.migrations.autoconfigure.MigrationsProperties",
            "org.opsdb.migrations.autoconfigure.MigrationsConnectionDetails",
            "org.opsdb.migrations.autoconfigure.PropertiesMigrationsConnectionDetails",
            "org.opsdb.migrations.autoconfigure.MigrationsConfigurationCustomizer",
            "org.opsdb.migrations.autoconfigure.MigrationsDataSource",
            "org.opsdb.migrations.autoconfigure.hibernate.MigrationsSchemaManagementProvider",
            "org.opsdb.migrations.autoconfigure.guard.ProductionGuard",
            "org.opsdb.migrations.autoconfigure.guard.ProductionProfileException",
            "org.opsdb.migrations.autoconfigure.init.DatabaseInitService",
            "org.opsdb.migrations.autoconfigure.init.SchemaInitializer",
            "org.opsdb.migrations.autoconfigure.runner.OnBoot",
            "org.opsdb.migrations.autoconfigure.runner.MigrationRunner",
            "org.opsdb.migrations.status.MigrationStatusReader",
            "org.opsdb.migrations.status.MigrationStatus",
            "org.opsdb.migrations.MigrationsConfiguration",
            "org.opsdb.migrations.MigrationsSettings",
            "org.opsdb.migrations.Migrations",
            "org.opsdb.migrations.runtime.RuntimeSettings",
            "org.opsdb.migrations.runtime.TableName",
            "org.opsdb.migrations.runtime.VersionTable",
            "org.opsdb.migrations.runtime.HistoryTable",
            "org.opsdb.migrations.runtime.CatalogQueries",
            "org.opsdb.migrations.runtime.CatalogQueries$Probe",
            "org.opsdb.migrations.runtime.UpToDateMark",
            "org.opsdb.migrations.runtime.MigrationRuntime",
            "org.opsdb.migrations.runtime.MigrationResult",
            "org.opsdb.migrations.runtime.MigrationException",
            "org.opsdb.migrations.operations.Identifiers");

    private final ClassLoader classLoader;

    /** Loads the classes with {@code classLoader}. */
    public ClassPreinitializer(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void run() {
        for (String name : CLASS_NAMES) {
            try {
                Class.forName(name, true, classLoader);
            } catch (ClassNotFoundException | LinkageError skipped) {
                // not there (or not loadable) here: whoever needs it will say so
            }
        }
    }
}
