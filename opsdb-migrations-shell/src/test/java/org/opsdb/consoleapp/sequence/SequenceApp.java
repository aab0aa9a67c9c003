package org.opsdb.consoleapp.sequence;

import org.opsdb.migrations.shell.OpsdbConsole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * A service with JPA whose entity's {@code allocationSize} (20) differs from the increment (50) its migrations in
 * {@code db/sequenceapp} give the sequence, and which lets Hibernate read the database's metadata at start (so
 * Hibernate compares the two); {@code console …} runs the console, anything else boots the service.
 */
@SpringBootApplication
@PropertySource("classpath:sequenceapp/service.properties")
public class SequenceApp {

    public static void main(String[] args) {
        if (OpsdbConsole.runIfRequested(args, SequenceApp.class)) {
            return;
        }
        SpringApplication.run(SequenceApp.class, args).close();
    }
}
