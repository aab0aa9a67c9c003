package org.opsdb.consoleapp.v1;

import org.opsdb.migrations.shell.OpsdbConsole;
import org.springframework.boot.SpringApplication;

/** {@link ConsoleAppV1}'s main class, as a service offers its console: {@code java … console COMMAND}. */
public final class ConsoleAppV1Service {

    private ConsoleAppV1Service() {
    }

    /** The console when asked for, else the service. */
    public static void main(String[] args) {
        if (!OpsdbConsole.runIfRequested(args, ConsoleAppV1.class)) {
            SpringApplication.run(ConsoleAppV1.class, args);
        }
    }
}
