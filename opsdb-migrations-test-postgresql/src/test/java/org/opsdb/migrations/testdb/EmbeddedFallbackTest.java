package org.opsdb.migrations.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Starts (and stops) an embedded server of its own, as the fallback would; as root, the server must run as an
 * unprivileged user. Runs only with {@code OPSDB_TEST_EMBEDDED=1}, since it unpacks and starts PostgreSQL.
 */
@EnabledIfEnvironmentVariable(named = "OPSDB_TEST_EMBEDDED", matches = "1")
class EmbeddedFallbackTest {

    @Test
    void embeddedServerStartsServesAndStops() throws Exception {
        PostgresServer server = EmbeddedPostgresLauncher.start();
        Path dataDirectory;
        try {
            assertThat(server.kind()).isEqualTo("embedded");
            TestDatabase db = server.createDatabase("EmbeddedFallbackTest");
            try (Connection c = db.openConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_database(), current_setting('data_directory'), "
                            + "current_setting('server_version_num')::int")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(db.name());
                dataDirectory = Path.of(rs.getString(2));
                assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(130000);
            }
            if (EmbeddedPostgresLauncher.runningAsRoot()) {
                String owner = Files.getOwner(dataDirectory).getName();
                System.out.println("Embedded PostgreSQL data directory " + dataDirectory + " owned by " + owner);
            }
            db.close();
            assertThat(db.isClosed()).isTrue();
        }
        finally {
            server.shutdown();
        }
        assertThat(Files.exists(dataDirectory)).as("data directory removed").isFalse();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), 1000);
            throw new AssertionError("server still listening on port " + server.port());
        }
        catch (java.io.IOException expected) {
            // stopped
        }
    }
}
