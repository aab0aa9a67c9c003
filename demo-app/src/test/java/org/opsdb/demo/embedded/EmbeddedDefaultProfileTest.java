package org.opsdb.demo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.demo.OpsDbDemoApplication;
import org.opsdb.demo.SpringBootLogging;
import org.opsdb.demo.api.ObservationView;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.embedded.EmbeddedPostgresException;
import org.opsdb.migrations.embedded.EmbeddedPostgresServer;
import org.opsdb.migrations.revision.Revision;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The default profile: no database configured, so the demo starts an embedded PostgreSQL in its data directory,
 * migrates it, serves the API, stops the server when the context closes, and reuses the cluster on the next start.
 */
@ResourceLock(SpringBootLogging.LOCK)
class EmbeddedDefaultProfileTest {

    private Path base;

    @BeforeEach
    void makeBase() throws IOException {
        // searchable by the unprivileged server user when the tests run as root
        this.base = Files.createTempDirectory("opsdb-demo-embedded-");
        Files.setPosixFilePermissions(this.base, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void removeBase() throws IOException {
        try (Stream<Path> paths = Files.walk(this.base)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void startsEmbeddedServerInDataDirectoryAndReusesItOnTheNextStart() throws Exception {
        Path data = this.base.resolve("data/pg");
        int databasePort;
        try (ConfigurableApplicationContext app = start(data, 0)) {
            String url = app.getEnvironment().getProperty("spring.datasource.url");
            assertThat(url).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/opsdb");
            databasePort = app.getBean(EmbeddedPostgresServer.class).port();
            assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + databasePort + "/opsdb");
            assertThat(data.resolve("PG_VERSION")).hasContent("16");
            if (EmbeddedPostgresServer.jvmRunsAsRoot()) {
                assertThat(Files.getOwner(data).getName()).isEqualTo("nobody");
            }
            assertThat(app.getBean(Migrations.class).current()).extracting(Revision::id).containsExactly("d289faf11f26");
            RestClient api = RestClient.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
            api.post().uri("/api/observations").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body(java.util.Map.of("unit", "Sgr B2 continuum", "status", "COMPLETED")).retrieve().toBodilessEntity();
        }
        assertThat(listening(databasePort)).as("embedded server stopped with the context").isFalse();

        try (ConfigurableApplicationContext again = start(data, 0)) {
            assertThat(again.getBean(EmbeddedPostgresServer.class).isNewCluster()).isFalse();
            assertThat(again.getBean(Migrations.class).pending()).isEmpty();
            RestClient api = RestClient.create("http://localhost:" + again.getEnvironment().getProperty("local.server.port"));
            assertThat(api.get().uri("/api/observations").retrieve().body(ObservationView[].class))
                    .extracting(ObservationView::unit).containsExactly("Sgr B2 continuum");
        }
    }

    @Test
    void takenPortFailsTheStartWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> start(this.base.resolve("pg"), port).close())
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessage("Cannot start embedded PostgreSQL: port " + port
                            + " on 127.0.0.1 is already in use; choose another port, or 0 for a free one");
        }
    }

    private static ConfigurableApplicationContext start(Path data, int databasePort) {
        // command-line arguments: they win over application.yml, as they do for a user
        return new SpringApplicationBuilder(OpsDbDemoApplication.class)
                .run("--server.port=0", "--opsdb.demo.embedded.data-directory=" + data,
                        "--opsdb.demo.embedded.port=" + databasePort);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }
}
