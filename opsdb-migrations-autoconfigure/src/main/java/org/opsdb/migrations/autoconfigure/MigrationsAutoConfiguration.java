package org.opsdb.migrations.autoconfigure;

import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.autoconfigure.hibernate.MigrationsSchemaManagementProvider;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.autoconfigure.init.SchemaInitializer;
import org.opsdb.migrations.autoconfigure.login.MissingUserHint;
import org.opsdb.migrations.hibernate.HibernateModelSource;
import org.opsdb.migrations.hibernate.MetadataCapture;
import org.opsdb.migrations.autoconfigure.fleet.ConfiguredFleet;
import org.opsdb.migrations.autoconfigure.runner.FleetMigrationRunner;
import org.opsdb.migrations.autoconfigure.runner.MigrationRunner;
import org.opsdb.migrations.autoconfigure.scan.SpringClasspathScanner;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.script.ScriptPreload;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Auto-configuration of opsdb-migrations: a {@link Migrations} bean over the application's DataSource (or the
 * one marked {@link MigrationsDataSource}, or one built from the {@link MigrationsConnectionDetails}: by default
 * {@code opsdb.migrations.url/user/password}), a
 * {@link MigrationRunner} that brings the database to {@code opsdb.migrations.target} before JPA starts (or, when
 * {@code opsdb.migrations.fleet.*} names a fleet, a {@link FleetMigrationRunner} that brings every target of the
 * {@link ConfiguredFleet} there), the
 * {@link ProductionGuard} and the {@link DatabaseInitService}. Switched off by
 * {@code opsdb.migrations.enabled=false}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrations.class)
@Conditional(MigrationsAutoConfiguration.MigrationsDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "opsdb.migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MigrationsConnectionDetails.class)
    PropertiesMigrationsConnectionDetails migrationsConnectionDetails(MigrationsProperties properties) {
        return new PropertiesMigrationsConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    Migrations migrations(MigrationsProperties properties, MigrationsConnectionDetails connectionDetails,
                          ResourceLoader resourceLoader, ObjectProvider<DataSource> dataSource,
                          @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
                          ObjectProvider<MigrationsConfigurationCustomizer> customizers,
                          ObjectProvider<MigrationListener> listeners,
                          @Qualifier(MigrationScriptsPreloader.BEAN_NAME) ObjectProvider<ScriptPreload> preload) {
        MigrationsConfiguration configuration = Migrations.configure()
                .settings(properties.toSettings())
                .dataSource(MigrationDataSources.choose(connectionDetails, migrationsDataSource.getIfAvailable(),
                        dataSource.getIfUnique()))
                .classLoader(resourceLoader.getClassLoader())
                .scanner(new SpringClasspathScanner());
        preload.ifAvailable(configuration::preload);
        listeners.orderedStream().forEach(configuration::listener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
        return configuration.load();
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationStatusReader migrationStatusReader(Migrations migrations, MigrationsProperties properties) {
        return new MigrationStatusReader(migrations, properties.getTarget(), migrations.settings().validateChecksums());
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(FleetCondition.None.class)
    MigrationRunner migrationRunner(Migrations migrations, MigrationStatusReader statusReader,
                                    MigrationsProperties properties, Environment environment) {
        MigrationRunner runner = new MigrationRunner(migrations, statusReader, properties.getOnBoot(),
                properties.getTarget());
        runner.setMissingUserHint(MissingUserHint.of(environment, "set spring.datasource.username"));
        return runner;
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(FleetCondition.class)
    ConfiguredFleet configuredFleet(Migrations migrations) {
        return new ConfiguredFleet(migrations);
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(FleetCondition.class)
    FleetMigrationRunner fleetMigrationRunner(ConfiguredFleet fleet, MigrationsProperties properties) {
        return new FleetMigrationRunner(fleet, properties.getOnBoot(), properties.getTarget(),
                properties.getFleet().getOnFailure());
    }

    @Bean
    @ConditionalOnMissingBean
    ProductionGuard productionGuard(Environment environment, MigrationsProperties properties) {
        return new ProductionGuard(environment, properties.getGuardedProfiles());
    }

    @Bean
    @ConditionalOnMissingBean
    DatabaseInitService databaseInitService(ProductionGuard guard, ObjectProvider<SchemaInitializer> initializer) {
        return new DatabaseInitService(guard, initializer);
    }

    /** Hibernate's {@code ddl-auto} defaults to {@code none} for the DataSource migrations manage. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
    static class HibernateSchemaManagementConfiguration {

        @Bean
        MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(ObjectProvider<Migrations> migrations) {
            return new MigrationsSchemaManagementProvider(migrations);
        }
    }

    /**
     * {@code init} creates the schema from the entity model this context's Hibernate booted with (captured by its
     * {@link MetadataCapture}, see {@code MetadataCaptureAutoConfiguration}) and stamps the heads.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.hibernate.boot.Metadata",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
    static class EntitySchemaInitializerConfiguration {

        @Bean
        @ConditionalOnMissingBean
        SchemaInitializer entitySchemaInitializer(Migrations migrations, ObjectProvider<MetadataCapture> capture) {
            return drop -> migrations.init(HibernateModelSource.captured(capture.getIfAvailable(MetadataCapture::new)),
                    drop);
        }
    }

    /** Chooses the DataSource to migrate, in Flyway's order. */
    static final class MigrationDataSources {

        private MigrationDataSources() {
        }

        static DataSource choose(MigrationsConnectionDetails connection, DataSource qualified, DataSource main) {
            if (qualified != null) {
                return qualified;
            }
            if (connection.getJdbcUrl() != null) {
                return DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(connection.getJdbcUrl())
                        .driverClassName(connection.getDriverClassName()).username(connection.getUsername())
                        .password(connection.getPassword()).build();
            }
            if (connection.getUsername() != null && main != null) {
                return DataSourceBuilder.derivedFrom(main).type(SimpleDriverDataSource.class)
                        .username(connection.getUsername()).password(connection.getPassword()).build();
            }
            if (main == null) {
                throw new IllegalStateException("No DataSource to migrate: define a single DataSource bean, one "
                        + "marked @MigrationsDataSource, or set " + MigrationsSettings.PROPERTY_PREFIX + ".url");
            }
            return main;
        }
    }

    /**
     * Matches when there is a DataSource bean, {@code opsdb.migrations.url} is set or the application defines its
     * own {@link MigrationsConnectionDetails}.
     */
    static final class MigrationsDataSourceCondition extends AnyNestedCondition {

        MigrationsDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanCondition {
        }

        @ConditionalOnProperty("opsdb.migrations.url")
        private static final class MigrationsUrlCondition {
        }

        @ConditionalOnBean(MigrationsConnectionDetails.class)
        private static final class ConnectionDetailsCondition {
        }
    }
}
