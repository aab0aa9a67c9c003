package org.opsdb.demo.env;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Honours the ops-db connection variables {@code CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST}, {@code _PORT} (default
 * 5432), {@code _DATABASE}, {@code _USER} (or {@code _USERNAME}) and {@code _PASSWORD}: when the host is set and
 * {@code spring.datasource.url} is not, it sets {@code spring.datasource.url} to
 * {@code jdbc:postgresql://HOST:PORT/DATABASE} and, from the others, {@code spring.datasource.username} and
 * {@code spring.datasource.password}. Its property source comes last, so anything configured explicitly wins.
 * A host without a user (neither variable nor {@code spring.datasource.username}) fails the start with one line
 * naming the missing variables, as does a user or password without a host.
 */
public class OpsDbDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "opsdbCcatOpsDbDatabase";

    private static final String PREFIX = "CCAT_OPS_DB_DATABASE_POSTGRESQL_";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String host = value(environment, "HOST");
        String user = value(environment, "USER") != null ? value(environment, "USER") : value(environment, "USERNAME");
        String password = value(environment, "PASSWORD");
        if (host == null) {
            if (user != null || password != null) {
                throw new IllegalArgumentException("Missing environment variable " + PREFIX + "HOST: the other "
                        + PREFIX + "* variables are set, but without a host (or spring.datasource.url) there is"
                        + " no database to connect to");
            }
            return;
        }
        String port = environment.getProperty(PREFIX + "PORT", "5432").strip();
        String database = environment.getProperty(PREFIX + "DATABASE", "").strip();
        if (user == null && !environment.containsProperty("spring.datasource.username")) {
            throw new IllegalArgumentException("Missing environment variable " + PREFIX + "USER (or " + PREFIX
                    + "USERNAME): the ops-db database " + host + ":" + port + "/" + database + " needs a user");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:postgresql://" + host + ":" + port + "/" + database);
        if (user != null) {
            properties.put("spring.datasource.username", user);
        }
        if (password != null) {
            properties.put("spring.datasource.password", password);
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }

    /** The variable's value; {@code null} when unset or blank (a host), or unset (the others). */
    private static String value(ConfigurableEnvironment environment, String variable) {
        String value = environment.getProperty(PREFIX + variable);
        return value == null || variable.equals("HOST") && value.isBlank() ? null
                : variable.equals("PASSWORD") ? value : value.strip();
    }

    /** After the config data (application-{profile}.yml) has been loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
