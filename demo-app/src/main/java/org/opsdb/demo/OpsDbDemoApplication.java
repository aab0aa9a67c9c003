package org.opsdb.demo;

import org.opsdb.migrations.shell.OpsdbConsole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ops-db demo: a Spring Boot service whose database is migrated on boot, before JPA validates the entities.
 * With no database configured it starts an embedded PostgreSQL (see {@code org.opsdb.demo.embedded}).
 */
@SpringBootApplication
public class OpsDbDemoApplication {

    /**
     * Starts the service, or with {@code console} as the first argument the migrations console on the same
     * configuration, profiles and entities ({@code console} alone is interactive; {@code console upgrade head}
     * runs one command and exits with its code).
     */
    public static void main(String[] args) {
        if (OpsdbConsole.runIfRequested(args, OpsDbDemoApplication.class)) {
            return;
        }
        runService(args);
    }

    static void runService(String[] args) {
        SpringApplication.run(OpsDbDemoApplication.class, args);
    }
}
