package org.opsdb.migrations.autoconfigure.actuate;

import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autoconfigure.FleetCondition;
import org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.opsdb.migrations.autoconfigure.MigrationsProperties;
import org.opsdb.migrations.autoconfigure.fleet.ConfiguredFleet;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Auto-configuration of the {@link MigrationsEndpoint} (or, with a fleet, the {@link MigrationsFleetEndpoint}) when
 * the actuator is present and the endpoint exposed.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({Migrations.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrations.class)
    @ConditionalOnMissingBean
    @Conditional(FleetCondition.None.class)
    MigrationsEndpoint migrationsEndpoint(Migrations migrations, MigrationStatusReader statusReader) {
        return new MigrationsEndpoint(migrations, statusReader);
    }

    @Bean
    @ConditionalOnBean(ConfiguredFleet.class)
    @ConditionalOnMissingBean
    MigrationsFleetEndpoint migrationsFleetEndpoint(Migrations migrations, ConfiguredFleet fleet,
                                                    MigrationsProperties properties) {
        return new MigrationsFleetEndpoint(migrations, fleet, properties.getTarget());
    }
}
