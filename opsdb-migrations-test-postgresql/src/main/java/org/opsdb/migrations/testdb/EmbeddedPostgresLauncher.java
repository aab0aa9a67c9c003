package org.opsdb.migrations.testdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the shared server from zonky's embedded PostgreSQL binaries: through zonky's own {@link EmbeddedPostgres}
 * for an ordinary user, or through {@link UnprivilegedPostgres} when the JVM runs as root.
 */
final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    static PostgresServer start() {
        return runningAsRoot() ? startAsRoot() : startWithZonky();
    }

    static boolean runningAsRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        }
        catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    static PostgresServer startAsRoot() {
        UnprivilegedPostgres postgres;
        try {
            postgres = UnprivilegedPostgres.start();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL as an unprivileged user: "
                    + ex.getMessage(), ex);
        }
        return new PostgresServer("embedded", UnprivilegedPostgres.HOST, postgres.port(),
                UnprivilegedPostgres.SUPERUSER, null, "postgres", Map.of(), postgres);
    }

    static PostgresServer startWithZonky() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL: " + ex.getMessage(), ex);
        }
        return new PostgresServer("embedded", "localhost", postgres.getPort(), "postgres", null, "postgres",
                Map.of(), postgres);
    }
}
