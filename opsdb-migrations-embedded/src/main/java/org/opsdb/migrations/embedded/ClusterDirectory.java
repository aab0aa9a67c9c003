package org.opsdb.migrations.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL data directory: an existing cluster is checked and reused, an empty or missing directory gets a new
 * cluster from {@code initdb}. Decides who runs the server: the JVM's user, or — as root — the unprivileged user
 * that owns the directory.
 */
final class ClusterDirectory {

    private final Path path;
    private final RunAs runAs;
    private final boolean created;

    private ClusterDirectory(Path path, RunAs runAs, boolean created) {
        this.path = path;
        this.runAs = runAs;
        this.created = created;
    }

    Path path() {
        return this.path;
    }

    RunAs runAs() {
        return this.runAs;
    }

    /** Whether {@code initdb} made the cluster in this run. */
    boolean created() {
        return this.created;
    }

    /**
     * Reuses the cluster in {@code path}, or makes one there when {@code path} is missing or empty.
     *
     * @param unprivilegedUser who runs a new cluster's server when the JVM runs as root
     * @param fastInit skip fsync in initdb (for throw-away clusters)
     */
    static ClusterDirectory open(Path path, PostgresBinaries binaries, String unprivilegedUser, boolean fastInit) {
        try {
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw unusable(path, "it is not a directory");
            }
            if (Files.exists(path.resolve("PG_VERSION"))) {
                return reuse(path, binaries);
            }
            if (Files.isDirectory(path) && !isEmpty(path)) {
                throw unusable(path, "it is neither empty nor a PostgreSQL cluster (no PG_VERSION)");
            }
            try {
                Files.createDirectories(path);
            }
            catch (IOException ex) {
                throw unusable(path, "it cannot be created (" + ex + ")");
            }
            return RunAs.jvmIsRoot() ? initdbAsRoot(path, binaries, unprivilegedUser, fastInit)
                    : initdbAsUser(path, binaries, fastInit);
        }
        catch (IOException ex) {
            throw unusable(path, ex.toString());
        }
    }

    private static ClusterDirectory reuse(Path path, PostgresBinaries binaries) throws IOException {
        String version;
        try {
            version = Files.readString(path.resolve("PG_VERSION"), StandardCharsets.UTF_8).strip();
        }
        catch (IOException ex) {
            throw unusable(path, "its PG_VERSION cannot be read (" + ex + ")");
        }
        int major = binaries.majorVersion();
        if (!version.equals(String.valueOf(major))) {
            throw unusable(path, "it holds a PostgreSQL " + version + " cluster, and the embedded binaries are "
                    + "PostgreSQL " + major + " (move it away to start afresh)");
        }
        if (RunAs.jvmIsRoot()) {
            return new ClusterDirectory(path, RunAs.forExistingCluster(path), false);
        }
        String owner = Files.getOwner(path).getName();
        String me = System.getProperty("user.name");
        if (!owner.equals(me)) {
            throw unusable(path, "it belongs to " + owner + ", and PostgreSQL runs only as the owner of its data ("
                    + me + " here)");
        }
        return new ClusterDirectory(path, RunAs.currentUser(), false);
    }

    private static ClusterDirectory initdbAsUser(Path path, PostgresBinaries binaries, boolean fastInit)
            throws IOException {
        RunAs me = RunAs.currentUser();
        if (!me.canWrite(path)) {
            throw unusable(path, "it is not writable by " + System.getProperty("user.name"));
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        String failure = initdb(path, binaries, me, fastInit);
        if (failure != null) {
            throw new EmbeddedPostgresException("initdb failed for " + path + ": " + failure);
        }
        return new ClusterDirectory(path, me, true);
    }

    private static ClusterDirectory initdbAsRoot(Path path, PostgresBinaries binaries, String user, boolean fastInit)
            throws IOException {
        List<String> failures = new ArrayList<>();
        for (RunAs way : RunAs.droppingRoot(user)) {
            way.takeOwnership(path);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            if (!way.canWrite(path)) {
                failures.add(way + " cannot reach or write " + path);
                continue;
            }
            String failure = initdb(path, binaries, way, fastInit);
            if (failure == null) {
                return new ClusterDirectory(path, way, true);
            }
            failures.add(way + ": " + failure);
            clear(path);
        }
        if (failures.isEmpty()) {
            throw new EmbeddedPostgresException("Cannot run embedded PostgreSQL as root, and this machine has no "
                    + "way to drop root (needs runuser, setpriv or unshare)");
        }
        throw unusable(path, "initdb failed in every way of dropping root: " + String.join("; ", failures));
    }

    /** Runs initdb; answers {@code null} on success, else the reason in one line. */
    private static String initdb(Path path, PostgresBinaries binaries, RunAs runAs, boolean fastInit)
            throws IOException {
        List<String> command = runAs.command(binaries.executable("initdb").toString(), "-D", path.toString(), "-U",
                EmbeddedPostgresServer.SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-instructions");
        if (fastInit) {
            command.add("--no-sync");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "timed out after 120 s";
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return "interrupted";
        }
        return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + FileCleanup.oneLine(out, 600);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(FileCleanup::deleteTree);
        }
    }

    private static EmbeddedPostgresException unusable(Path path, String why) {
        return new EmbeddedPostgresException("Embedded PostgreSQL data directory " + path + " is not usable: " + why);
    }
}
