package org.opsdb.migrations.autoconfigure.actuate;

import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autoconfigure.FleetCondition;
import org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.opsdb.migrations.autoconfigure.MigrationsProperties;
import org.opsdb.migrations.autoconfigure.fleet.ConfiguredFleet;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@link MigrationsHealthIndicator} (health contributor {@code migrations}), or with a
 * fleet of the {@link MigrationsFleetHealthIndicator} under the same name.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({Migrations.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(Migrations.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

    /** The single database's indicator. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(FleetCondition.None.class)
    static class DatabaseHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
        MigrationsHealthIndicator migrationsHealthIndicator(MigrationStatusReader statusReader,
                                                            MigrationsProperties properties) {
            return new MigrationsHealthIndicator(statusReader, properties.getOnBoot());
        }
    }

    /** The fleet's indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ConfiguredFleet.class)
    static class FleetHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
        MigrationsFleetHealthIndicator migrationsHealthIndicator(ConfiguredFleet fleet,
                                                                 MigrationsProperties properties) {
            return new MigrationsFleetHealthIndicator(fleet, properties.getTarget());
        }
    }
}
