package org.opsdb.migrations.shell.source;

import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.autoconfigure.MigrationsProperties;
import org.opsdb.migrations.autoconfigure.scan.SpringClasspathScanner;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.Environment;
import org.opsdb.migrations.script.MigrationLocation;

/**
 * Builds the {@link Migrations} a console command works on, afresh for every command so that new or edited
 * scripts are seen at once. Inside a service that has the starter, it is the service's own {@link Migrations}
 * bean, reloaded ({@link Migrations#reload()}), so the console uses exactly the service's settings (data source,
 * version table, schema, listeners, Java migrations on the classpath). Otherwise the {@code opsdb.migrations.*}
 * properties are bound as the starter binds them and mapped by the starter's {@link MigrationsProperties#toSettings()}:
 * revisions come from {@code opsdb.migrations.locations} (a list: comma-separated, or
 * {@code OPSDB_MIGRATIONS_LOCATIONS} in the environment; {@code classpath:db/migrations} by default). The
 * database is the application's {@link DataSource} bean when there is one (a service), otherwise
 * {@code spring.datasource.url}/{@code username}/{@code password} bound as Boot's {@link DataSourceProperties}
 * (the standalone console), otherwise none:
 * then only the commands that need no database ({@code history}, {@code heads}, {@code show}, {@code --sql}
 * with an explicit {@code FROM:TO} range) work.
 */
public final class MigrationsSource {

    /** Property naming the revision locations. */
    public static final String LOCATIONS_PROPERTY = MigrationsSettings.PROPERTY_PREFIX + ".locations";

    /** Where the standalone console's connection is: Spring Boot's own DataSource properties. */
    private static final String CONNECTION_PREFIX = "spring.datasource";

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
        MigrationsProperties properties = standaloneProperties();
        MigrationsConfiguration configuration = Migrations.configure()
                .settings(properties.toSettings())
                .scanner(new SpringClasspathScanner());
        DataSource dataSource = dataSource(properties);
        if (dataSource != null) {
            configuration.dataSource(dataSource);
        }
        if (listener != null) {
            configuration.listener(listener);
        }
        return configuration.load();
    }

    /**
     * The {@code opsdb.migrations.*} settings, bound as the starter binds them (locations as a list: repeated
     * {@code --location} options, a comma-separated value or {@code OPSDB_MIGRATIONS_LOCATIONS}, blank entries left
     * out); a value that does not convert is one line naming the property.
     */
    private MigrationsProperties standaloneProperties() {
        MigrationsProperties properties = bind(MigrationsSettings.PROPERTY_PREFIX, MigrationsProperties.class,
                MigrationsProperties::new);
        List<String> locations = properties.getLocations().stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        if (locations.isEmpty()) {
            throw new IllegalArgumentException(LOCATIONS_PROPERTY + " is empty; name " + MigrationLocation.ACCEPTED_FORMS);
        }
        properties.setLocations(locations);
        return properties;
    }

    /** Binds {@code prefix} as Spring Boot binds properties; a value that does not convert is one line. */
    private <T> T bind(String prefix, Class<T> type, Supplier<T> unset) {
        try {
            return Binder.get(environment).bind(prefix, type).orElseGet(unset);
        }
        catch (BindException e) {
            ConfigurationProperty property = e.getProperty();
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String reason = cause == null || cause.getMessage() == null ? ""
                    : ": " + cause.getMessage().strip().lines().findFirst().orElse("");
            throw new IllegalArgumentException(property == null ? "Invalid " + prefix + ".* setting" + reason
                    : "Invalid value '" + property.getValue() + "' for " + property.getName() + reason, e);
        }
    }

    /** The configured revision locations (the application's when it has a {@link Migrations} bean). */
    public List<String> locations() {
        Migrations bean = migrationsBean.get();
        if (bean != null) {
            return bean.locations();
        }
        return standaloneProperties().getLocations();
    }

    /** The configured settings (the application's when it has a {@link Migrations} bean). */
    public MigrationsSettings settings() {
        Migrations bean = migrationsBean.get();
        return bean != null ? bean.settings() : standaloneProperties().toSettings();
    }

    /**
     * The application's data source bean; otherwise, as the starter chooses (Flyway's order), a connection of the
     * migrations' own ({@code opsdb.migrations.url}, {@code user}, {@code password}), the application's
     * ({@code spring.datasource.*}) with the migrations' own {@code user} and {@code password} when those are set, or
     * the application's; {@code null} when no URL is set.
     */
    private DataSource dataSource(MigrationsProperties migrations) {
        DataSource bean = dataSourceBean.get();
        if (bean != null) {
            return bean;
        }
        String prefix = MigrationsSettings.PROPERTY_PREFIX;
        if (migrations.getUrl() != null && !migrations.getUrl().isBlank()) {
            return urlDataSource(prefix + ".url", migrations.getUrl(), prefix + ".user", migrations.getUser(),
                    migrations.getPassword());
        }
        DataSourceProperties connection = bind(CONNECTION_PREFIX, DataSourceProperties.class,
                DataSourceProperties::new);
        String url = connection.getUrl();
        if (url == null || url.isBlank()) {
            return null;
        }
        if (migrations.getUser() != null) {
            return urlDataSource(CONNECTION_PREFIX + ".url", url, prefix + ".user", migrations.getUser(),
                    migrations.getPassword());
        }
        return urlDataSource(CONNECTION_PREFIX + ".url", url, CONNECTION_PREFIX + ".username",
                connection.getUsername(), connection.getPassword());
    }

    /**
     * A connection by URL: a value with its trailing newline (from a file, a secret) is refused naming the property;
     * the connection attempt is bounded (loginTimeout, 10 s unless the URL sets it): see {@link UrlDataSource}.
     */
    private static DataSource urlDataSource(String urlProperty, String url, String userProperty, String user,
            String password) {
        return new UrlDataSource(UrlDataSource.refuseControlCharacters(urlProperty, url),
                UrlDataSource.refuseControlCharacters(userProperty, user), password);
    }
}
