package org.opsdb.migrations.testdb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * Embedded PostgreSQL for a JVM that runs as root, where {@code initdb}, {@code pg_ctl} and {@code postgres}
 * refuse to run. zonky's binary archive is extracted into a private temporary directory, and the server
 * processes run as an unprivileged user ({@code nobody} unless {@code opsdb.test.embedded.user} names another)
 * through {@code runuser}, else {@code setpriv}, else in a user namespace ({@code unshare -U}). The cluster
 * listens on 127.0.0.1 only, on a free port, with trust authentication for {@value #SUPERUSER}. A watchdog process
 * stops the server and removes the directory should the JVM die without running its shutdown hooks.
 */
final class UnprivilegedPostgres implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(UnprivilegedPostgres.class);

    private static final long STARTUP_SECONDS = 60;

    private final Path base;
    private final Path bin;
    private final Path data;
    private final List<String> asUser;
    private final int port;
    private final Process server;
    private final Process watchdog;

    private UnprivilegedPostgres(Path base, Path bin, Path data, List<String> asUser, int port, Process server,
            Process watchdog) {
        this.base = base;
        this.bin = bin;
        this.data = data;
        this.asUser = asUser;
        this.port = port;
        this.server = server;
        this.watchdog = watchdog;
    }

    int port() {
        return this.port;
    }

    static UnprivilegedPostgres start() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path base = Files.createTempDirectory(tmp, "opsdb-embedded-pg-");
        try {
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path bin = base.resolve("pgsql");
            extractBinaries(bin);
            Path run = base.resolve("run");
            Path data = run.resolve("data");
            List<String> asUser = initdb(base, run, data, bin);
            IOException last = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                int port = freePort();
                try {
                    Process server = startServer(base, run, data, bin, asUser, port);
                    Process watchdog = startWatchdog(base, data);
                    log.info("Embedded PostgreSQL started as {} on {}:{} in {}", String.join(" ", asUser), HOST, port,
                            base);
                    return new UnprivilegedPostgres(base, bin, data, asUser, port, server, watchdog);
                }
                catch (PortTakenException ex) {
                    last = ex;
                }
            }
            throw last;
        }
        catch (IOException | RuntimeException ex) {
            deleteTree(base);
            throw ex;
        }
    }

    private static void extractBinaries(Path target) throws IOException {
        String system = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        Files.createDirectories(target);
        try (InputStream raw = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch);
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                }
                else if (entry.isLink()) {
                    Files.createLink(path, target.resolve(entry.getLinkName()).normalize());
                }
                else {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        // Owner's bits as archived; everyone may read, and execute what the owner may execute.
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
        if ((mode & 0200) != 0) {
            set.add(PosixFilePermission.OWNER_WRITE);
        }
        if ((mode & 0100) != 0) {
            set.add(PosixFilePermission.OWNER_EXECUTE);
            set.add(PosixFilePermission.GROUP_EXECUTE);
            set.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return set;
    }

    /** Runs initdb with the first way of dropping root that works here, and returns that way's command prefix. */
    private static List<String> initdb(Path base, Path run, Path data, Path bin) throws IOException {
        String user = System.getProperty("opsdb.test.embedded.user", "nobody");
        List<String> failures = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            List<String> prefix = strategy.prefix(user);
            if (prefix == null) {
                continue;
            }
            deleteTree(run);
            Files.createDirectories(run);
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
            if (strategy.changesUser()) {
                UserPrincipal owner = FileSystems.getDefault().getUserPrincipalLookupService()
                        .lookupPrincipalByName(user);
                Files.setOwner(run, owner);
            }
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(bin.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            Path logFile = base.resolve("initdb-" + strategy.name().toLowerCase() + ".log");
            int exit = run(command, logFile, 120);
            if (exit == 0) {
                return prefix;
            }
            failures.add(strategy + " (exit " + exit + "): " + tail(logFile));
        }
        throw new IOException("initdb failed in every way of dropping root: " + String.join("; ", failures));
    }

    private static Process startServer(Path base, Path run, Path data, Path bin, List<String> asUser, int port)
            throws IOException {
        List<String> command = new ArrayList<>(asUser);
        command.addAll(List.of(bin.resolve("bin/postgres").toString(), "-D", data.toString(), "-p",
                String.valueOf(port), "-k", run.toString(), "-c", "listen_addresses=" + HOST, "-c", "fsync=off",
                "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300"));
        Path logFile = base.resolve("postgres.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("connectTimeout", "2");
        String url = "jdbc:postgresql://" + HOST + ":" + port + "/postgres";
        while (true) {
            if (!process.isAlive()) {
                String tail = tail(logFile);
                if (tail.contains("could not bind") || tail.contains("Address already in use")
                        || tail.contains("could not create lock file")) {
                    throw new PortTakenException("Port " + port + " taken: " + tail);
                }
                throw new IOException("Embedded PostgreSQL exited with " + process.exitValue() + ": " + tail);
            }
            if (Files.exists(data.resolve("postmaster.pid"))) {
                try (Connection connection = DriverManager.getConnection(url, props)) {
                    return process;
                }
                catch (SQLException ex) {
                    // not ready yet
                }
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("Embedded PostgreSQL did not accept connections within " + STARTUP_SECONDS
                        + " s: " + tail(logFile));
            }
            sleep(100);
        }
    }

    /** Stops the server and removes the directory should this JVM end without its shutdown hooks. */
    private static Process startWatchdog(Path base, Path data) {
        long jvm = ProcessHandle.current().pid();
        String script = "while kill -0 " + jvm + " 2>/dev/null; do sleep 2; done; "
                + "pid=$(head -n 1 '" + data + "/postmaster.pid' 2>/dev/null); "
                + "[ -n \"$pid\" ] && kill -QUIT \"$pid\" 2>/dev/null; sleep 1; rm -rf '" + base + "'";
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

    /** Stops the server (fast shutdown, then kill) and removes its directory. */
    @Override
    public void close() {
        if (this.watchdog != null) {
            this.watchdog.destroy();
        }
        try {
            List<String> command = new ArrayList<>(this.asUser);
            command.addAll(List.of(this.bin.resolve("bin/pg_ctl").toString(), "-D", this.data.toString(), "stop",
                    "-m", "fast", "-w", "-t", "20"));
            int exit = run(command, this.base.resolve("pg_ctl-stop.log"), 30);
            if (exit != 0) {
                killPostmaster();
            }
            this.server.waitFor(10, TimeUnit.SECONDS);
        }
        catch (IOException | InterruptedException ex) {
            killPostmaster();
        }
        finally {
            if (this.server.isAlive()) {
                this.server.destroyForcibly();
            }
            deleteTree(this.base);
        }
    }

    private void killPostmaster() {
        try {
            List<String> lines = Files.readAllLines(this.data.resolve("postmaster.pid"));
            if (!lines.isEmpty()) {
                ProcessHandle.of(Long.parseLong(lines.get(0).trim())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        catch (IOException | RuntimeException ex) {
            // nothing more to do
        }
    }

    private static int run(List<String> command, Path logFile, int timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while running " + command.get(0), ex);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path logFile) {
        try {
            String text = Files.readString(logFile, StandardCharsets.UTF_8).strip();
            return text.length() > 1500 ? "…" + text.substring(text.length() - 1500) : text;
        }
        catch (IOException ex) {
            return "(no log)";
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

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                }
                catch (IOException ex) {
                    // best effort
                }
            });
        }
        catch (IOException ex) {
            // best effort
        }
    }

    private static Path executable(String name) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin", "/usr/local/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private enum Strategy {
        RUNUSER, SETPRIV, UNSHARE;

        boolean changesUser() {
            return this != UNSHARE;
        }

        List<String> prefix(String user) {
            Path tool = executable(name().toLowerCase());
            if (tool == null) {
                return null;
            }
            switch (this) {
                case RUNUSER:
                    return List.of(tool.toString(), "-u", user, "--");
                case SETPRIV:
                    String uid = idOf(user, "-u");
                    String gid = idOf(user, "-g");
                    if (uid == null || gid == null) {
                        return null;
                    }
                    return List.of(tool.toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
                default:
                    return List.of(tool.toString(), "-U", "--");
            }
        }

        private static String idOf(String user, String flag) {
            try {
                Process process = new ProcessBuilder("id", flag, user).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return process.waitFor() == 0 && out.matches("\\d+") ? out : null;
            }
            catch (IOException | InterruptedException ex) {
                return null;
            }
        }
    }

    private static final class PortTakenException extends IOException {
        PortTakenException(String message) {
            super(message);
        }
    }
}
