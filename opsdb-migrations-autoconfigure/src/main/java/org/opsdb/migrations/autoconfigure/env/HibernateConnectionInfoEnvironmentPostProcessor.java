package org.opsdb.migrations.autoconfigure.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Hibernate's {@code HHH10001005: Database info: Database JDBC URL [jdbc:…&password=…]} out of the log: Hibernate
 * logs it at INFO on every start, with the JDBC URL as the driver reports it, which is the configured URL whole,
 * a {@code password=} parameter included, and offers no hook to mask it. This sets its logger,
 * {@value #LOGGER} (which logs nothing else below WARN that a service needs), to WARN, in a property source that
 * comes last, unless the application configures that logger's level or the level of one of its parents below
 * the root ({@code org.hibernate}, …): then the application's choice stands.
 */
public class HibernateConnectionInfoEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Hibernate's logger for connection information ({@code ConnectionInfoLogger.LOGGER_NAME}). */
    public static final String LOGGER = "org.hibernate.orm.connections.pooling";

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "opsdbHibernateConnectionInfoEnvironmentPostProcessor";

    private static final String LEVEL_PREFIX = "logging.level.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (configured(environment)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
                Map.of(LEVEL_PREFIX + LOGGER, "warn")));
    }

    /** Whether the application sets the level of the logger or of a parent below the root. */
    private static boolean configured(ConfigurableEnvironment environment) {
        return ancestry().stream().anyMatch(name -> environment.containsProperty(LEVEL_PREFIX + name));
    }

    /** {@code org.hibernate.orm.connections.pooling}, {@code org.hibernate.orm.connections}, …, {@code org}. */
    private static List<String> ancestry() {
        List<String> names = new ArrayList<>();
        for (String name = LOGGER; !name.isEmpty(); name = name.contains(".")
                ? name.substring(0, name.lastIndexOf('.')) : "") {
            names.add(name);
        }
        return names;
    }

    /** After the config data (application-{profile}.yml) has been loaded, so that its levels are seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
