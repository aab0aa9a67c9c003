package org.opsdb.migrations.embedded;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from zonky's binaries (PostgreSQL 16 through the project's BOM), listening on
 * {@value #HOST} only, with trust authentication for the superuser {@value #SUPERUSER}.
 *
 * <pre>{@code
 * EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder()
 *         .dataDirectory(Path.of("data/pg"))   // persistent: initdb once, reused on the next start
 *         .port(0)                              // 0: any free port
 *         .start();
 * pg.createDatabaseIfMissing("opsdb");
 * String url = pg.jdbcUrl("opsdb");
 * }</pre>
 *
 * <p>Without a data directory the cluster is temporary: it lives in a new directory under {@code java.io.tmpdir},
 * removed on {@link #close()}, and a watchdog process stops the server and removes the directory should the JVM
 * die without running its shutdown hooks. For a persistent cluster the watchdog only stops the server; the data
 * stays.
 *
 * <p>When the JVM runs as root, where PostgreSQL refuses to run, the server processes run as an unprivileged user
 * ({@code nobody}, or {@link Builder#unprivilegedUser(String)}) who owns the data directory, through {@code
 * runuser}, else {@code setpriv}; when that user cannot reach the directory, in a user namespace ({@code unshare -U}).
 * Errors are {@link EmbeddedPostgresException}s with a one-line message naming the port or directory at fault.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The address the server listens on. */
    public static final String HOST = "127.0.0.1";

    /** The superuser, who needs no password. */
    public static final String SUPERUSER = "postgres";

    /** System property naming the unprivileged user for a JVM that runs as root. */
    public static final String USER_PROPERTY = "opsdb.embedded.user";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final Pattern OTHER_POSTMASTER = Pattern.compile("another postmaster \\(PID (\\d+)\\)");

    private final Path temporaryBase;
    private final ClusterDirectory cluster;
    private final PostgresBinaries binaries;
    private final int port;
    private final Process server;
    private final Process watchdog;
    private final Path logFile;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Thread shutdownHook;

    private EmbeddedPostgresServer(Path temporaryBase, ClusterDirectory cluster, PostgresBinaries binaries, int port,
            Process server, Process watchdog, Path logFile) {
        this.temporaryBase = temporaryBase;
        this.cluster = cluster;
        this.binaries = binaries;
        this.port = port;
        this.server = server;
        this.watchdog = watchdog;
        this.logFile = logFile;
    }

    /** A builder for a temporary cluster on a free port, until told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether this JVM runs as root, so that the server must run as another user. */
    public static boolean jvmRunsAsRoot() {
        return RunAs.jvmIsRoot();
    }

    /** {@value #HOST}. */
    public String host() {
        return HOST;
    }

    /** The port the server listens on. */
    public int port() {
        return this.port;
    }

    /** The superuser, {@value #SUPERUSER}; no password. */
    public String username() {
        return SUPERUSER;
    }

    /** A JDBC URL for {@code database} on this server, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + this.port + "/" + database;
    }

    /** The cluster's data directory (absolute). */
    public Path dataDirectory() {
        return this.cluster.path();
    }

    /** Whether the cluster is removed on {@link #close()}. */
    public boolean isTemporary() {
        return this.temporaryBase != null;
    }

    /** Whether this start made the cluster ({@code initdb}) rather than reusing one. */
    public boolean isNewCluster() {
        return this.cluster.created();
    }

    /** Who runs the server processes, e.g. {@code user nobody (runuser)}. */
    public String runsAs() {
        return this.cluster.runAs().toString();
    }

    /** The server's log file. */
    public Path logFile() {
        return this.logFile;
    }

    /**
     * Creates {@code database} (UTF8, from {@code template0}) unless it exists.
     *
     * @return whether it was created
     */
    public boolean createDatabaseIfMissing(String database) {
        try (Connection connection = connect("postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\" TEMPLATE template0 ENCODING 'UTF8'");
            }
            return true;
        }
        catch (SQLException ex) {
            throw new EmbeddedPostgresException("Cannot create database " + database + " on embedded PostgreSQL at "
                    + HOST + ":" + this.port + ": " + ex.getMessage(), ex);
        }
    }

    private Connection connect(String database) throws SQLException {
        return open(this.port, database);
    }

    private static Connection open(int port, String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("connectTimeout", "2");
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/" + database, props);
    }

    /** Stops the server (fast shutdown, then kill) and, for a temporary cluster, removes its directory. Idempotent. */
    @Override
    public void close() {
        if (!this.closed.compareAndSet(false, true)) {
            return;
        }
        if (this.shutdownHook != null && Thread.currentThread() != this.shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
            }
            catch (IllegalStateException ex) {
                // the JVM is shutting down already
            }
        }
        if (this.watchdog != null) {
            this.watchdog.destroy();
        }
        try {
            List<String> command = this.cluster.runAs().command(this.binaries.executable("pg_ctl").toString(), "-D",
                    dataDirectory().toString(), "stop", "-m", "fast", "-w", "-t", "20");
            Process stop = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!stop.waitFor(30, TimeUnit.SECONDS) || stop.exitValue() != 0) {
                killPostmaster();
            }
            this.server.waitFor(10, TimeUnit.SECONDS);
        }
        catch (IOException ex) {
            killPostmaster();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            killPostmaster();
        }
        finally {
            if (this.server.isAlive()) {
                this.server.destroyForcibly();
            }
            if (this.temporaryBase != null) {
                FileCleanup.deleteTree(this.temporaryBase);
            }
        }
        log.info("Embedded PostgreSQL on {}:{} stopped", HOST, this.port);
    }

    private void killPostmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory().resolve("postmaster.pid"));
            if (!lines.isEmpty()) {
                ProcessHandle.of(Long.parseLong(lines.get(0).trim())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        catch (IOException | RuntimeException ex) {
            // nothing more to do
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresServer[" + HOST + ":" + this.port + ", " + dataDirectory() + "]";
    }

    /** Settings for {@link EmbeddedPostgresServer}: data directory, port, server settings, user, binaries cache. */
    public static final class Builder {

        private Path dataDirectory;
        private int port;
        private String unprivilegedUser = System.getProperty(USER_PROPERTY,
                System.getProperty("opsdb.test.embedded.user", "nobody"));
        private Path binariesDirectory = Path.of(System.getProperty("java.io.tmpdir"),
                "opsdb-embedded-pg-" + System.getProperty("user.name"));
        private Duration startupTimeout = Duration.ofSeconds(60);
        private boolean stopOnShutdown = true;
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder() {
        }

        /** Keep the cluster in {@code directory}: made by initdb when missing or empty, reused when a cluster. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /** A temporary cluster, removed on close (the default). */
        public Builder temporary() {
            this.dataDirectory = null;
            return this;
        }

        /** The port to listen on; {@code 0} (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /** Who runs the server when the JVM runs as root (default {@code nobody}, or system property {@value #USER_PROPERTY}). */
        public Builder unprivilegedUser(String user) {
            this.unprivilegedUser = Objects.requireNonNull(user, "user");
            return this;
        }

        /** Where the binaries are unpacked once (default {@code ${java.io.tmpdir}/opsdb-embedded-pg-${user.name}}). */
        public Builder binariesDirectory(Path directory) {
            this.binariesDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** A server setting passed as {@code -c name=value}, e.g. {@code fsync=off}. */
        public Builder serverSetting(String name, String value) {
            this.settings.put(name, value);
            return this;
        }

        /** How long to wait for the server to accept connections (default 60 s). */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Whether a JVM shutdown hook stops the server (default {@code true}). */
        public Builder stopOnShutdown(boolean stop) {
            this.stopOnShutdown = stop;
            return this;
        }

        /**
         * Unpacks the binaries if needed, makes or checks the cluster, starts the server and waits until it accepts
         * connections.
         *
         * @throws EmbeddedPostgresException with a one-line message when the port is taken, the data directory is
         *                                   not usable, or the server does not start
         */
        public EmbeddedPostgresServer start() {
            PostgresBinaries binaries = PostgresBinaries.unpackInto(this.binariesDirectory);
            if (this.port != 0) {
                requirePortFree(this.port);
            }
            Path base = null;
            try {
                Path data;
                if (this.dataDirectory == null) {
                    base = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "opsdb-embedded-pg-");
                    Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
                    data = base.resolve("data");
                }
                else {
                    data = this.dataDirectory.toAbsolutePath().normalize();
                }
                ClusterDirectory cluster = ClusterDirectory.open(data, binaries, this.unprivilegedUser, base != null);
                Path logFile = base != null ? base.resolve("postgres.log") : data.resolve("postgres.log");
                EmbeddedPostgresServer server = startServer(base, cluster, binaries, logFile);
                if (this.stopOnShutdown) {
                    server.shutdownHook = new Thread(server::close, "opsdb-embedded-postgres-stop");
                    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
                }
                log.info("Embedded PostgreSQL {} started as {} on {}:{}, data in {}{}", binaries.majorVersion(),
                        cluster.runAs(), HOST, server.port, data, cluster.created() ? " (new cluster)" : "");
                return server;
            }
            catch (IOException ex) {
                FileCleanup.deleteTree(base);
                throw new EmbeddedPostgresException("Cannot start embedded PostgreSQL: " + ex, ex);
            }
            catch (RuntimeException ex) {
                FileCleanup.deleteTree(base);
                throw ex;
            }
        }

        private EmbeddedPostgresServer startServer(Path base, ClusterDirectory cluster, PostgresBinaries binaries,
                Path logFile) throws IOException {
            for (int attempt = 0; ; attempt++) {
                int chosen = this.port != 0 ? this.port : freePort();
                try {
                    Process process = startPostgres(cluster, binaries, chosen, logFile);
                    Process watchdog = startWatchdog(base, cluster.path());
                    return new EmbeddedPostgresServer(base, cluster, binaries, chosen, process, watchdog, logFile);
                }
                catch (PortTakenException ex) {
                    if (this.port != 0 || attempt >= 4) {
                        throw new EmbeddedPostgresException(ex.getMessage());
                    }
                }
            }
        }

        private Process startPostgres(ClusterDirectory cluster, PostgresBinaries binaries, int chosen, Path logFile)
                throws IOException {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("listen_addresses", HOST);
            all.put("unix_socket_directories", "");
            all.putAll(this.settings);
            List<String> command = cluster.runAs().command(binaries.executable("postgres").toString(), "-D",
                    cluster.path().toString(), "-p", String.valueOf(chosen));
            all.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
            long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            long deadline = System.nanoTime() + this.startupTimeout.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw failure(cluster.path(), chosen, process.exitValue(), logSince(logFile, logStart));
                }
                try (Connection connection = open(chosen, "postgres")) {
                    return process;
                }
                catch (SQLException ex) {
                    // not ready yet
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new EmbeddedPostgresException("Embedded PostgreSQL did not accept connections on " + HOST + ":"
                            + chosen + " within " + this.startupTimeout.toSeconds() + " s; log: " + logFile);
                }
                sleep(100);
            }
        }

        private static String logSince(Path logFile, long offset) {
            try {
                byte[] all = Files.readAllBytes(logFile);
                int from = (int) Math.min(offset, all.length);
                return FileCleanup.oneLine(new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8),
                        800);
            }
            catch (IOException ex) {
                return "(no log at " + logFile + ")";
            }
        }

        /** A taken port as a {@link PortTakenException} (the caller may try another); anything else is thrown. */
        private static IOException failure(Path data, int port, int exit, String log) {
            if (log.contains("could not bind") || log.contains("Address already in use")) {
                return new PortTakenException(portTaken(port));
            }
            Matcher other = OTHER_POSTMASTER.matcher(log);
            if (other.find() || log.contains("lock file \"postmaster.pid\" already exists")) {
                throw new EmbeddedPostgresException("Embedded PostgreSQL data directory " + data + " is in use by "
                        + "another PostgreSQL server" + (other.find(0) ? " (PID " + other.group(1) + ")" : "")
                        + "; stop it, or choose another data directory");
            }
            throw new EmbeddedPostgresException("Embedded PostgreSQL exited with " + exit + ": " + log);
        }

        private static String portTaken(int port) {
            return "Cannot start embedded PostgreSQL: port " + port + " on " + HOST
                    + " is already in use; choose another port, or 0 for a free one";
        }

        private static void requirePortFree(int port) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port), 1);
            }
            catch (IOException ex) {
                throw new EmbeddedPostgresException(portTaken(port));
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                return socket.getLocalPort();
            }
        }

        /** Stops the server (and removes a temporary base) should this JVM end without its shutdown hooks. */
        private static Process startWatchdog(Path base, Path data) {
            long jvm = ProcessHandle.current().pid();
            String script = "while kill -0 " + jvm + " 2>/dev/null; do sleep 2; done; "
                    + "pid=$(head -n 1 '" + data + "/postmaster.pid' 2>/dev/null); "
                    + "[ -n \"$pid\" ] && kill -INT \"$pid\" 2>/dev/null"
                    + (base == null ? "" : "; sleep 1; rm -rf '" + base + "'");
            try {
                return new ProcessBuilder("sh", "-c", script)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            }
            catch (IOException ex) {
                log.debug("No watchdog for embedded PostgreSQL: {}", ex.getMessage());
                return null;
            }
        }

        private static void sleep(long millis) throws IOException {
            try {
                Thread.sleep(millis);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", ex);
            }
        }
    }

    private static final class PortTakenException extends IOException {

        private static final long serialVersionUID = 1L;

        PortTakenException(String message) {
            super(message);
        }
    }
}
