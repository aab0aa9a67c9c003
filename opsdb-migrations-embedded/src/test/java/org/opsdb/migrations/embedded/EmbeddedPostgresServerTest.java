package org.opsdb.migrations.embedded;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starts real servers from the embedded binaries: persistent and temporary clusters, and the one-line errors. */
class EmbeddedPostgresServerTest {

    private Path base;

    @BeforeEach
    void makeBase() throws IOException {
        // Searchable by everyone, so that an unprivileged server user can reach the data directory when we are root.
        this.base = Files.createTempDirectory("opsdb-embedded-test-");
        Files.setPosixFilePermissions(this.base, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void removeBase() {
        FileCleanup.deleteTree(this.base);
    }

    @Test
    void persistentClusterIsMadeOnceKeepsItsDataAndIsReused() throws Exception {
        Path data = this.base.resolve("data/pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().dataDirectory(data).start()) {
            assertThat(pg.isNewCluster()).isTrue();
            assertThat(pg.isTemporary()).isFalse();
            assertThat(pg.dataDirectory()).isEqualTo(data);
            assertThat(pg.createDatabaseIfMissing("opsdb")).isTrue();
            assertThat(pg.createDatabaseIfMissing("opsdb")).isFalse();
            execute(pg, "opsdb", "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            if (EmbeddedPostgresServer.jvmRunsAsRoot()) {
                assertThat(Files.getOwner(data).getName()).isEqualTo("nobody");
                assertThat(pg.runsAs()).isEqualTo("user nobody (runuser)");
            }
            else {
                assertThat(pg.runsAs()).isEqualTo("user " + System.getProperty("user.name"));
            }
        }
        assertThat(data.resolve("PG_VERSION")).hasContent("16");
        int port;
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().dataDirectory(data).start()) {
            port = pg.port();
            assertThat(pg.isNewCluster()).isFalse();
            assertThat(pg.createDatabaseIfMissing("opsdb")).isFalse();
            try (Connection c = connect(pg, "opsdb"); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
        assertThat(listening(port)).as("stopped").isFalse();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void asRootADirectoryTheUnprivilegedUserCannotReachIsServedFromAUserNamespace() throws Exception {
        Assumptions.assumeTrue(EmbeddedPostgresServer.jvmRunsAsRoot(), "only as root");
        Path closed = Files.createDirectories(this.base.resolve("private"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        Path data = closed.resolve("pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().dataDirectory(data).start()) {
            assertThat(pg.runsAs()).isEqualTo("a user namespace (unshare -U)");
            assertThat(Files.getOwner(data).getName()).isEqualTo("root");
            execute(pg, "postgres", "SELECT 1");
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().dataDirectory(data).start()) {
            assertThat(pg.isNewCluster()).isFalse();
            assertThat(pg.runsAs()).isEqualTo("a user namespace (unshare -U)");
        }
    }

    @Test
    void fixedPortIsUsed() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().port(port).start()) {
            assertThat(pg.port()).isEqualTo(port);
            assertThat(pg.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
            try (Connection c = connect(pg, "postgres"); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('port')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(String.valueOf(port));
            }
        }
    }

    @Test
    void temporaryClusterIsRemovedOnClose() throws Exception {
        Path data;
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().serverSetting("fsync", "off").start()) {
            assertThat(pg.isTemporary()).isTrue();
            data = pg.dataDirectory();
            try (Connection c = connect(pg, "postgres"); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('data_directory'), current_setting('fsync')")) {
                rs.next();
                assertThat(Path.of(rs.getString(1))).isEqualTo(data);
                assertThat(rs.getString(2)).isEqualTo("off");
            }
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void takenPortIsAOneLineError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedPostgresServer.builder().dataDirectory(this.base.resolve("pg")).port(port)
                    .start())
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessage("Cannot start embedded PostgreSQL: port " + port
                            + " on 127.0.0.1 is already in use; choose another port, or 0 for a free one");
        }
        assertThat(this.base.resolve("pg")).as("nothing made").doesNotExist();
    }

    @Test
    void fileInsteadOfDirectoryIsAOneLineError() throws Exception {
        Path file = Files.writeString(this.base.resolve("pg"), "not a cluster");
        assertThatThrownBy(() -> EmbeddedPostgresServer.builder().dataDirectory(file).start())
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessage("Embedded PostgreSQL data directory " + file + " is not usable: it is not a directory");
    }

    @Test
    void foreignFilesAreNotTakenForACluster() throws Exception {
        Path dir = Files.createDirectories(this.base.resolve("pg"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> EmbeddedPostgresServer.builder().dataDirectory(dir).start())
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessage("Embedded PostgreSQL data directory " + dir
                        + " is not usable: it is neither empty nor a PostgreSQL cluster (no PG_VERSION)");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void clusterOfAnotherMajorVersionIsRefused() throws Exception {
        Path dir = Files.createDirectories(this.base.resolve("pg"));
        Files.writeString(dir.resolve("PG_VERSION"), "13\n");
        assertThatThrownBy(() -> EmbeddedPostgresServer.builder().dataDirectory(dir).start())
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessage("Embedded PostgreSQL data directory " + dir + " is not usable: it holds a PostgreSQL 13 "
                        + "cluster, and the embedded binaries are PostgreSQL 16 (move it away to start afresh)");
    }

    @Test
    void dataDirectoryInUseIsAOneLineError() throws Exception {
        Path data = this.base.resolve("pg");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.builder().dataDirectory(data).start()) {
            String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            assertThatThrownBy(() -> EmbeddedPostgresServer.builder().dataDirectory(data).start())
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessage("Embedded PostgreSQL data directory " + data + " is in use by another PostgreSQL "
                            + "server (PID " + pid + "); stop it, or choose another data directory");
            assertThat(listening(first.port())).as("first server unharmed").isTrue();
        }
    }

    private static void execute(EmbeddedPostgresServer pg, String database, String sql) throws SQLException {
        try (Connection c = connect(pg, database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(EmbeddedPostgresServer pg, String database) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database), pg.username(), "");
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
