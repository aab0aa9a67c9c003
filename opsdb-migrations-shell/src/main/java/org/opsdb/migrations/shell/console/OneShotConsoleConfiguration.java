package org.opsdb.migrations.shell.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DeferredImportSelector;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.utils.Utils;
import org.springframework.util.ClassUtils;

/**
 * The context a one-shot command that reads no entity model runs in (see
 * {@link ConsoleInvocation#needsApplicationContext()}), in place of the application's whole context: the console
 * ({@link ConsoleAutoConfiguration}, every command class it registers, a command registry and Spring Shell's standard commands) and,
 * of the application's auto-configurations, only the data source and the migrations ({@link #AUTO_CONFIGURATIONS}:
 * the starter's {@code Migrations} bean over the service's {@code spring.datasource.*} and
 * {@code opsdb.migrations.*} settings, with its Java migrations and production guard). No web server, no JPA, no
 * Hibernate, none of the application's own beans; the environment (application.properties/yaml, profiles,
 * environment post-processors, command line) is the application's, as {@code SpringApplication} prepares it for
 * any source. An auto-configuration the application excludes ({@code @SpringBootApplication(exclude…)} on the
 * class named by {@value #APPLICATION_CLASS_PROPERTY}, or {@code spring.autoconfigure.exclude}) stays out here too:
 * the standalone console, which excludes the data source, binds its connection itself. Deliberately not a
 * {@code @Configuration}: the standalone console's {@code @SpringBootApplication} scans this package, and its
 * whole context must not pick this one up.
 */
@Import(OneShotConsoleConfiguration.Imports.class)
public class OneShotConsoleConfiguration {

    /**
     * The registry of the commands: Spring Shell's {@code quit}, and every {@code Command} bean, which the registry
     * collects once the context has started (Spring Shell's own registry does too, then scans the package of the
     * {@code @SpringBootApplication} bean, which this context has none of).
     */
    @Bean
    CommandRegistry commandRegistry() {
        CommandRegistry registry = new CommandRegistry();
        registry.registerCommand(Utils.QUIT_COMMAND);
        return registry;
    }

    /** Property naming the application class whose auto-configuration exclusions the context honours. */
    public static final String APPLICATION_CLASS_PROPERTY = "opsdb.console.application-class";

    /** The auto-configurations the context imports, in this order, each when present and not excluded. */
    static final List<String> AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration",
            "org.springframework.shell.core.autoconfigure.StandardCommandsAutoConfiguration",
            ConsoleAutoConfiguration.class.getName());

    /** Selects {@link #AUTO_CONFIGURATIONS} (deferred, so conditions on beans see the ones before). */
    static final class Imports implements DeferredImportSelector, EnvironmentAware, BeanClassLoaderAware {

        private Environment environment;
        private ClassLoader classLoader;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
        }

        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            Set<String> excluded = exclusions();
            List<String> imports = new ArrayList<>();
            for (String name : AUTO_CONFIGURATIONS) {
                if (!excluded.contains(name) && ClassUtils.isPresent(name, classLoader)) {
                    imports.add(name);
                }
            }
            return imports.toArray(String[]::new);
        }

        private Set<String> exclusions() {
            Set<String> excluded = new LinkedHashSet<>(Binder.get(environment)
                    .bind("spring.autoconfigure.exclude", Bindable.listOf(String.class)).orElse(List.of()));
            String application = environment.getProperty(APPLICATION_CLASS_PROPERTY);
            if (application != null && ClassUtils.isPresent(application, classLoader)) {
                AnnotationAttributes attributes = AnnotatedElementUtils.getMergedAnnotationAttributes(
                        ClassUtils.resolveClassName(application, classLoader), EnableAutoConfiguration.class.getName(),
                        true, false);
                if (attributes != null) {
                    excluded.addAll(List.of(attributes.getStringArray("exclude")));
                    excluded.addAll(List.of(attributes.getStringArray("excludeName")));
                }
            }
            return excluded;
        }
    }
}
