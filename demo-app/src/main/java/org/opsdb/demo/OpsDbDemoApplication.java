package org.opsdb.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ops-db demo: a Spring Boot service whose database is migrated on boot, before JPA validates the entities.
 * With no database configured it starts an embedded PostgreSQL (see {@code org.opsdb.demo.embedded}).
 */
@SpringBootApplication
public class OpsDbDemoApplication {

    /**
     * Starts the service. The first argument is reserved for the mode: {@code console} will open the migrations
     * console (module {@code opsdb-migrations-shell}) on the same configuration once that module is available;
     * anything else starts the service.
     */
    public static void main(String[] args) {
        // Later: if (args.length > 0 && args[0].equals("console")) { start the console; return; }
        runService(args);
    }

    static void runService(String[] args) {
        SpringApplication.run(OpsDbDemoApplication.class, args);
    }
}
