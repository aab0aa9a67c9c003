package org.opsdb.migrations.testdb;

import java.util.Map;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** Starts the shared server as a Testcontainers {@code postgres:16} container. */
final class ContainerPostgres {

    static final String IMAGE = "postgres:16";

    private ContainerPostgres() {
    }

    static PostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
                "full_page_writes=off", "-c", "max_connections=300");
        container.start();
        return new PostgresServer("testcontainers", container.getHost(),
                container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), container.getUsername(),
                container.getPassword(), "postgres", Map.of(), container::stop);
    }
}
