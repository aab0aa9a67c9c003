package org.opsdb.migrations.shell.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.migrations.shell.OpsdbConsole;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandRegistry;

/** Adding the shell module does not make a service a console; the console starts only on request. */
@ResourceLock("opsdb-in-process-spring-context") // InProcessConsole.SPRING_CONTEXT
class ServiceWithShellModuleTest {

    @Test
    void serviceStartsWithoutSpringShell() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ServiceApp.class)
                .web(WebApplicationType.NONE).run()) {
            assertThat(context.getBeansOfType(ShellRunner.class)).isEmpty();
            assertThat(context.getBeansOfType(CommandRegistry.class)).isEmpty();
        }
    }

    @Test
    void consoleRunsOnlyWhenAskedFor() {
        assertThat(OpsdbConsole.runIfRequested(new String[] {"--server.port=0"}, ServiceApp.class)).isFalse();
        assertThat(OpsdbConsole.run(ServiceApp.class, "--location", "classpath:db/console", "heads")).isZero();
        assertThat(OpsdbConsole.run(ServiceApp.class, "--location", "classpath:db/console", "nope")).isEqualTo(1);
    }
}
