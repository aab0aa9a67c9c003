package org.opsdb.migrations.shell;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The standalone console ({@code opsdb-migrations-shell-<version>-console.jar}, run by {@code bin/opsdb}):
 * {@code opsdb [--url URL] [--user U] [--password P] [--location DIR|classpath:…] [COMMAND …]}. Without a
 * command it opens the interactive console; with one it runs it and exits 0 on success, 1 with one line on
 * standard error on failure. Connection and locations can also come from {@code SPRING_DATASOURCE_URL},
 * {@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_DATASOURCE_PASSWORD} and {@code OPSDB_MIGRATIONS_LOCATIONS}.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
public class OpsdbConsoleApplication {

    /** Runs the console and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(OpsdbConsole.run(OpsdbConsoleApplication.class, args));
    }
}
