package org.opsdb.migrations.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.opsdb.migrations.Migrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Times revisions with Micrometer when a {@link MeterRegistry} bean exists. The listener is picked up by the
 * {@link Migrations} bean, which is created after all bean definitions are known.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, Migrations.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "opsdb.migrations.enabled", matchIfMissing = true)
public final class MigrationsMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationTimerListener migrationTimerListener(ObjectProvider<MeterRegistry> registry) {
        return new MigrationTimerListener(registry);
    }
}
