package org.opsdb.migrations.shell.console;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.support.EnvironmentPostProcessorsFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The environment of a one-shot console command, prepared as {@code SpringApplication} prepares an application's
 * before it creates its context, without creating one: the command line's {@code --name=value} properties first,
 * then system properties and environment variables, then every {@link EnvironmentPostProcessor} the classpath
 * declares in {@code META-INF/spring.factories}, in their order, Spring Boot's own included (config data:
 * {@code application.properties}/{@code .yaml} on the classpath and in {@code ./} and {@code ./config/}, profiles
 * and their files, {@code spring.config.import}; {@code SPRING_APPLICATION_JSON}; {@code random.*}), and last the
 * default properties. Logging is not initialised: nothing is logged (the one-shot console logs nowhere anyway).
 */
public final class ConsoleEnvironment {

    private ConsoleEnvironment() {
    }

    /**
     * Prepares the environment.
     *
     * @param application the application whose post-processors receive it (it is not run)
     * @param args        the Spring arguments ({@code --name=value})
     * @param defaults    the default properties, below every other source
     */
    public static ConfigurableEnvironment prepare(SpringApplication application, String[] args,
            Map<String, Object> defaults) {
        StandardEnvironment environment = new StandardEnvironment();
        if (args.length > 0) {
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        }
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
        ConfigurationPropertySources.attach(environment);
        ClassLoader classLoader = application.getClassLoader();
        DefaultBootstrapContext bootstrap = new DefaultBootstrapContext();
        for (EnvironmentPostProcessor processor : EnvironmentPostProcessorsFactory.fromSpringFactories(classLoader)
                .getEnvironmentPostProcessors(new DeferredLogs(), bootstrap)) {
            processor.postProcessEnvironment(environment, application);
        }
        DefaultPropertiesPropertySource.moveToEnd(environment);
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
