package org.opsdb.migrations.autoconfigure.scan;

import java.util.List;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.script.ScriptPreload;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts reading the revision scripts on a background thread as soon as the application context exists (as
 * Spring Boot's own background pre-initialisation does for costly classes), then loads the classes the boot's
 * up-to-date check needs on that thread too ({@link ClassPreinitializer}), and registers the
 * {@link ScriptPreload} as bean {@value #BEAN_NAME} for the auto-configured {@code Migrations} to take. Off when
 * {@code opsdb.migrations.enabled} or {@code opsdb.migrations.preload} is {@code false}.
 */
public final class MigrationScriptsPreloader
        implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** The name the preload is registered under. */
    public static final String BEAN_NAME = "opsdbMigrationsScriptPreload";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        Binder binder = Binder.get(environment);
        boolean enabled = binder.bind("opsdb.migrations.enabled", Boolean.class).orElse(true)
                && binder.bind("opsdb.migrations.preload", Boolean.class).orElse(true);
        ClassLoader classLoader = context.getClassLoader();
        if (!enabled || classLoader == null || context.getBeanFactory().containsSingleton(BEAN_NAME)) {
            return;
        }
        List<String> locations = binder.bind("opsdb.migrations.locations", Bindable.listOf(String.class))
                .orElse(List.of(MigrationsConfiguration.DEFAULT_LOCATION));
        context.getBeanFactory().registerSingleton(BEAN_NAME,
                ScriptPreload.start(new SpringClasspathScanner(), locations, classLoader,
                        new ClassPreinitializer(classLoader)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
