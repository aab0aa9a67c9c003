package org.opsdb.migrations.testdb;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks Testcontainers whether a Docker engine answers, bounded in time and never failing. */
final class DockerProbe {

    private static final Logger log = LoggerFactory.getLogger(DockerProbe.class);

    private static final long TIMEOUT_SECONDS = 20;

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        String setting = System.getProperty("opsdb.test.docker", System.getenv("OPSDB_TEST_DOCKER"));
        if (setting != null && (setting.equalsIgnoreCase("false") || setting.equals("0"))) {
            log.info("Docker probe skipped (opsdb.test.docker / OPSDB_TEST_DOCKER is {})", setting);
            return false;
        }
        long start = System.nanoTime();
        CompletableFuture<Boolean> probe = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                probe.complete(org.testcontainers.DockerClientFactory.instance().isDockerAvailable());
            }
            catch (Throwable ex) {
                probe.complete(false);
            }
        }, "opsdb-test-docker-probe");
        thread.setDaemon(true);
        thread.start();
        boolean available;
        try {
            available = probe.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            log.warn("Docker probe gave no answer within {} s; not using Testcontainers", TIMEOUT_SECONDS);
            available = false;
        }
        log.info("Docker engine available: {} (probe took {} ms)", available,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return available;
    }
}
