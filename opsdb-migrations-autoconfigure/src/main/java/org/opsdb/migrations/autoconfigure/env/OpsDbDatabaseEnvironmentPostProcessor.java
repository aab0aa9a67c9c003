package org.opsdb.migrations.autoconfigure.env;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Honours the ops-db connection variables {@code CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST}, {@code _PORT} (default
 * 5432), {@code _DATABASE}, {@code _USER} and {@code _PASSWORD}: when the host is set and
 * {@code spring.datasource.url} is not, it sets {@code spring.datasource.url} to
 * {@code jdbc:postgresql://HOST:PORT/DATABASE} and, from the others, {@code spring.datasource.username} and
 * {@code spring.datasource.password}. Its property source comes last, so anything configured explicitly wins.
 */
public class OpsDbDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "opsdbCcatOpsDbDatabase";

    private static final String PREFIX = "CCAT_OPS_DB_DATABASE_POSTGRESQL_";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String host = environment.getProperty(PREFIX + "HOST");
        if (host == null || host.isBlank() || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String port = environment.getProperty(PREFIX + "PORT", "5432");
        String database = environment.getProperty(PREFIX + "DATABASE", "");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:postgresql://" + host.strip() + ":" + port.strip() + "/" + database.strip());
        putIfSet(environment, properties, "USER", "spring.datasource.username");
        putIfSet(environment, properties, "PASSWORD", "spring.datasource.password");
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }

    private static void putIfSet(ConfigurableEnvironment environment, Map<String, Object> properties, String variable,
                                 String property) {
        String value = environment.getProperty(PREFIX + variable);
        if (value != null) {
            properties.put(property, value);
        }
    }

    /** After the config data (application-{profile}.yml) has been loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
