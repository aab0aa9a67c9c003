package org.opsdb.migrations.shell.source;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.autoconfigure.MigrationsProperties;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.env.Environment;

/**
 * Builds the {@link Migrations} a console command works on, afresh for every command so that new or edited
 * scripts are seen at once. Inside a service that has the starter, it is the service's own {@link Migrations}
 * bean, reloaded ({@link Migrations#reload()}), so the console uses exactly the service's settings (data source,
 * version table, schema, listeners, Java migrations on the classpath). Otherwise revisions come from {@code opsdb.migrations.locations} (comma-separated;
 * {@code OPSDB_MIGRATIONS_LOCATIONS} in the environment; {@code classpath:db/migrations} by default). The
 * database is the application's {@link DataSource} bean when there is one (a service), otherwise
 * {@code spring.datasource.url}/{@code username}/{@code password} (the standalone console), otherwise none:
 * then only the commands that need no database ({@code history}, {@code heads}, {@code show}, {@code --sql}
 * with an explicit {@code FROM:TO} range) work.
 */
public final class MigrationsSource {

    /** Property naming the revision locations. */
    public static final String LOCATIONS_PROPERTY = "opsdb.migrations.locations";

    private static final String SETTINGS_PREFIX = "opsdb.migrations";

    private final Environment environment;
    private final Supplier<DataSource> dataSourceBean;
    private final Supplier<Migrations> migrationsBean;

    /**
     * @param environment    where locations and connection settings are read
     * @param dataSourceBean the application's data source, or a supplier of {@code null}
     * @param migrationsBean the application's {@link Migrations} bean, or a supplier of {@code null}
     */
    public MigrationsSource(Environment environment, Supplier<DataSource> dataSourceBean,
            Supplier<Migrations> migrationsBean) {
        this.environment = environment;
        this.dataSourceBean = dataSourceBean;
        this.migrationsBean = migrationsBean;
    }

    /** A source without an application {@link Migrations} bean. */
    public MigrationsSource(Environment environment, Supplier<DataSource> dataSourceBean) {
        this(environment, dataSourceBean, () -> null);
    }

    /** Loads the scripts and builds the graph; a one-line exception when a script or the graph is broken. */
    public Migrations load() {
        return load(null);
    }

    /** Same as {@link #load()}, and the runs also tell {@code listener} (if not {@code null}) about each step. */
    public Migrations load(MigrationListener listener) {
        Migrations bean = migrationsBean.get();
        if (bean != null) {
            return listener == null ? bean.reload() : bean.reload(listener);
        }
        MigrationsProperties settings = settings();
        MigrationsConfiguration configuration = Migrations.configure().locations(locations())
                .versionTable(settings.getVersionTable())
                .historyTable(settings.getHistoryTable())
                .tableSchema(settings.getTableSchema())
                .transactionMode(settings.getTransactionMode())
                .lockTimeout(settings.getLockTimeout())
                .statementLockTimeout(settings.getStatementLockTimeout())
                .statementLockRetries(settings.getStatementLockRetries())
                .statementLockRetryBackoff(settings.getStatementLockRetryBackoff())
                .validateChecksums(settings.isValidateChecksums());
        DataSource dataSource = dataSource();
        if (dataSource != null) {
            configuration.dataSource(dataSource);
        }
        if (listener != null) {
            configuration.listener(listener);
        }
        return configuration.load();
    }

    /**
     * The other {@code opsdb.migrations.*} settings (lock timeout, transaction mode, tables, checksums), bound as
     * the starter binds them; a value that does not convert is one line naming the property.
     */
    private MigrationsProperties settings() {
        try {
            return Binder.get(environment).bind(SETTINGS_PREFIX, MigrationsProperties.class)
                    .orElseGet(MigrationsProperties::new);
        }
        catch (BindException e) {
            ConfigurationProperty property = e.getProperty();
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String reason = cause == null || cause.getMessage() == null ? ""
                    : ": " + cause.getMessage().strip().lines().findFirst().orElse("");
            throw new IllegalArgumentException(property == null ? "Invalid " + SETTINGS_PREFIX + ".* setting" + reason
                    : "Invalid value '" + property.getValue() + "' for " + property.getName() + reason, e);
        }
    }

    /** The configured revision locations (the application's when it has a {@link Migrations} bean). */
    public List<String> locations() {
        Migrations bean = migrationsBean.get();
        if (bean != null) {
            return bean.locations();
        }
        String value = environment.getProperty(LOCATIONS_PROPERTY, MigrationsConfiguration.DEFAULT_LOCATION);
        List<String> locations = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (locations.isEmpty()) {
            throw new IllegalArgumentException(LOCATIONS_PROPERTY + " is empty; name a directory, a file: URL or a"
                    + " classpath: path");
        }
        return locations;
    }

    private DataSource dataSource() {
        DataSource bean = dataSourceBean.get();
        if (bean != null) {
            return bean;
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return null;
        }
        // a value with its trailing newline (from a file, a secret) is refused naming the property; the connection
        // attempt is bounded (loginTimeout, 10 s unless the URL sets it): see UrlDataSource
        return new UrlDataSource(UrlDataSource.refuseControlCharacters("spring.datasource.url", url),
                UrlDataSource.refuseControlCharacters("spring.datasource.username",
                        environment.getProperty("spring.datasource.username")),
                environment.getProperty("spring.datasource.password"));
    }
}
