package org.opsdb.migrations.autoconfigure;

import org.opsdb.migrations.MigrationsConfiguration;

/**
 * A bean that adjusts the {@link MigrationsConfiguration} after the {@code opsdb.migrations.*} properties were
 * applied and before the scripts are loaded; customizers run in {@code @Order} order.
 */
@FunctionalInterface
public interface MigrationsConfigurationCustomizer {

    /** Adjusts the configuration. */
    void customize(MigrationsConfiguration configuration);
}
