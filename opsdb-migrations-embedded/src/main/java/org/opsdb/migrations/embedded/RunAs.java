package org.opsdb.migrations.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the server processes ({@code initdb}, {@code postgres}, {@code pg_ctl}) are run: as the JVM's own user, or —
 * when the JVM runs as root, where PostgreSQL refuses to run — as an unprivileged user through {@code runuser},
 * else {@code setpriv}, else in a user namespace ({@code unshare -U}, where files keep root as their owner).
 */
final class RunAs {

    private final String description;
    private final List<String> prefix;
    private final String owner;

    private RunAs(String description, List<String> prefix, String owner) {
        this.description = description;
        this.prefix = List.copyOf(prefix);
        this.owner = owner;
    }

    /** Whether this JVM runs as root (uid 0). */
    static boolean jvmIsRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        }
        catch (IOException | RuntimeException ex) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The JVM's own user, for a JVM that does not run as root. */
    static RunAs currentUser() {
        return new RunAs("user " + System.getProperty("user.name"), List.of(), null);
    }

    /** The ways of dropping root that this machine offers, best first, for {@code user}. */
    static List<RunAs> droppingRoot(String user) {
        List<RunAs> ways = new ArrayList<>();
        Path runuser = executable("runuser");
        if (runuser != null) {
            ways.add(new RunAs("user " + user + " (runuser)", List.of(runuser.toString(), "-u", user, "--"), user));
        }
        Path setpriv = executable("setpriv");
        String uid = idOf(user, "-u");
        String gid = idOf(user, "-g");
        if (setpriv != null && uid != null && gid != null) {
            ways.add(new RunAs("user " + user + " (setpriv)", List.of(setpriv.toString(), "--reuid=" + uid,
                    "--regid=" + gid, "--clear-groups", "--"), user));
        }
        Path unshare = executable("unshare");
        if (unshare != null) {
            ways.add(new RunAs("a user namespace (unshare -U)", List.of(unshare.toString(), "-U", "--"), null));
        }
        return ways;
    }

    /** The way to run the server of an existing cluster as root: as the directory's owner, or in a user namespace. */
    static RunAs forExistingCluster(Path dataDirectory) throws IOException {
        String owner = Files.getOwner(dataDirectory).getName();
        for (RunAs way : droppingRoot(owner)) {
            if ("root".equals(owner) ? way.owner == null : owner.equals(way.owner)) {
                return way;
            }
        }
        throw new EmbeddedPostgresException("Embedded PostgreSQL data directory " + dataDirectory + " belongs to "
                + owner + ", and this machine has no way to run PostgreSQL as " + owner
                + " (needs runuser, setpriv or unshare)");
    }

    /** {@code args} prefixed with what runs them as this user. */
    List<String> command(String... args) {
        List<String> command = new ArrayList<>(this.prefix);
        command.addAll(List.of(args));
        return command;
    }

    /** The user that must own the data directory, or {@code null} when the JVM's own user does. */
    String owner() {
        return this.owner;
    }

    /** Gives {@code directory} (not its contents) to this way's user, or to the JVM's user for a user namespace. */
    void takeOwnership(Path directory) throws IOException {
        String user = this.owner != null ? this.owner : System.getProperty("user.name");
        Files.setOwner(directory, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(user));
    }

    /** Whether processes run this way may write into {@code directory} (and so reach it through its parents). */
    boolean canWrite(Path directory) {
        if (this.prefix.isEmpty()) {
            return Files.isWritable(directory) && Files.isExecutable(directory);
        }
        try {
            Process process = new ProcessBuilder(command("test", "-w", directory.toString(), "-a", "-x",
                    directory.toString())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return this.description;
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

    private static String idOf(String user, String flag) {
        try {
            Process process = new ProcessBuilder("id", flag, user).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 && out.matches("\\d+") ? out : null;
        }
        catch (IOException ex) {
            return null;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
