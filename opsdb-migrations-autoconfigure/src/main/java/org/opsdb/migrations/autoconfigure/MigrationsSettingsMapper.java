package org.opsdb.migrations.autoconfigure;

import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.MigrationsSettings;
import org.springframework.boot.context.properties.PropertyMapper;

/**
 * The one mapping of the {@code opsdb.migrations.*} properties onto the engine's {@link MigrationsSettings}, as
 * Spring Boot's Flyway auto-configuration maps its properties: used by the auto-configuration, the script
 * preloader and the console. The starter's own properties (enabled, target, on-boot, preload, guarded-profiles,
 * the connection) are not settings of the engine and are not mapped here.
 */
public final class MigrationsSettingsMapper {

    private MigrationsSettingsMapper() {
    }

    /** The engine settings the properties give; a value that is not valid fails naming the setting. */
    public static MigrationsSettings settings(MigrationsProperties properties) {
        MigrationsConfiguration configuration = Migrations.configure();
        PropertyMapper map = PropertyMapper.get();
        map.from(properties::getLocations).to(configuration::locations);
        map.from(properties::getVersionTable).to(configuration::versionTable);
        map.from(properties::getHistoryTable).to(configuration::historyTable);
        map.from(properties::getTableSchema).to(configuration::tableSchema);
        map.from(properties::getTransactionMode).to(configuration::transactionMode);
        map.from(properties::getLockTimeout).to(configuration::lockTimeout);
        map.from(properties::getStatementLockTimeout).to(configuration::statementLockTimeout);
        map.from(properties::getStatementLockRetries).to(configuration::statementLockRetries);
        map.from(properties::getStatementLockRetryBackoff).to(configuration::statementLockRetryBackoff);
        map.from(properties::isValidateChecksums).to(configuration::validateChecksums);
        return configuration.settings();
    }
}
