package org.opsdb.migrations.testdb;

import java.util.Map;

import org.opsdb.migrations.embedded.EmbeddedPostgresServer;

/**
 * Starts the shared server for tests from {@link EmbeddedPostgresServer}: a temporary cluster on a free port, tuned
 * for throw-away data (no fsync), removed when the server stops.
 */
final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    static PostgresServer start() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder()
                .temporary()
                .port(0)
                .stopOnShutdown(false)
                .serverSetting("fsync", "off")
                .serverSetting("synchronous_commit", "off")
                .serverSetting("full_page_writes", "off")
                .serverSetting("max_connections", "300")
                .start();
        return new PostgresServer("embedded", postgres.host(), postgres.port(), postgres.username(), null, "postgres",
                Map.of(), postgres);
    }

    static boolean runningAsRoot() {
        return EmbeddedPostgresServer.jvmRunsAsRoot();
    }
}
