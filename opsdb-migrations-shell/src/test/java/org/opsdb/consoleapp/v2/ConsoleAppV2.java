package org.opsdb.consoleapp.v2;

import org.opsdb.migrations.shell.OpsdbConsole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The same service one entity change later: the telescope has an aperture the migrations do not create. */
@SpringBootApplication
public class ConsoleAppV2 {

    /** {@code console [command…]} opens the migrations console; anything else starts the service. */
    public static void main(String[] args) {
        if (OpsdbConsole.runIfRequested(args, ConsoleAppV2.class)) {
            return;
        }
        SpringApplication.run(ConsoleAppV2.class, args);
    }
}
