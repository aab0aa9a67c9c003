package org.opsdb.demo.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.opsdb.migrations.embedded.EmbeddedPostgresServer;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo's default profile: when {@code opsdb.demo.embedded.enabled} is true (the default) and no database is
 * configured — neither {@code spring.datasource.url} nor {@code CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST} — starts an
 * embedded PostgreSQL in {@code opsdb.demo.embedded.data-directory} (default {@code data/pg} under the working
 * directory; made on first start, reused afterwards), creates the database {@code opsdb.demo.embedded.database}
 * (default {@code opsdb}) and points {@code spring.datasource.*} at it. Port {@code opsdb.demo.embedded.port}
 * (default 0: a free one). The server stops when the application context closes, after the connection pool.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "opsdbDemoEmbeddedDatabase";

    private static final String PREFIX = "opsdb.demo.embedded.";

    private final Log log;

    /** Boot supplies a log that is written once logging is set up. */
    public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(PREFIX + "enabled", Boolean.class, true)
                || environment.containsProperty("spring.datasource.url")
                || environment.containsProperty("CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST")) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty(PREFIX + "data-directory", "data/pg"));
        int port = environment.getProperty(PREFIX + "port", Integer.class, 0);
        String database = environment.getProperty(PREFIX + "database", "opsdb");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.builder()
                .dataDirectory(dataDirectory)
                .port(port)
                .stopOnShutdown(false)
                .start();
        try {
            server.createDatabaseIfMissing(database);
        }
        catch (RuntimeException ex) {
            server.close();
            throw ex;
        }
        this.log.info("Embedded PostgreSQL started as " + server.runsAs() + " on " + server.host() + ":" + server.port()
                + ", data in " + server.dataDirectory() + (server.isNewCluster() ? " (new cluster)" : " (existing cluster)"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl(database));
        properties.put("spring.datasource.username", server.username());
        properties.put("spring.datasource.password", "");
        properties.put(PREFIX + "running-data-directory", server.dataDirectory().toString());
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
        // Registered before any other bean, so destroyed after all of them (the pool closes first). Should the
        // context never be made, the server's watchdog stops it when the JVM ends.
        application.addInitializers(context -> {
            DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
            beans.registerSingleton("embeddedPostgresServer", server);
            beans.registerDisposableBean("embeddedPostgresServer", server::close);
        });
    }

    /** After the config data (application-{profile}.yml) has been loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
