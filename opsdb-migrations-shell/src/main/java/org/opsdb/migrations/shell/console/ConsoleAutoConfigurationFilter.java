package org.opsdb.migrations.shell.console;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Shell's auto-configuration out of an application unless {@code opsdb.console.enabled=true}.
 * Spring Shell has no switch of its own: on the classpath it starts a console on boot and takes over the
 * application's runners. A service that depends on this module therefore stays a service; the console starts
 * only through {@link org.opsdb.migrations.shell.OpsdbConsole}, which sets the property. (An application that
 * uses Spring Shell for its own commands sets the property itself.)
 */
public final class ConsoleAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String SPRING_SHELL = "org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean console = environment != null
                && environment.getProperty("opsdb.console.enabled", Boolean.class, false);
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            matches[i] = console || !SPRING_SHELL.equals(autoConfigurationClasses[i]);
        }
        return matches;
    }
}
