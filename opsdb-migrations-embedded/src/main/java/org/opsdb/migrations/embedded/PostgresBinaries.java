package org.opsdb.migrations.embedded;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * zonky's PostgreSQL binary archive for this platform, unpacked once into a cache directory named after the
 * archive's content hash (so a new binaries version gets a directory of its own). Everything unpacked is readable
 * and, where the archive says so, executable by every user: the server may run as an unprivileged user.
 */
final class PostgresBinaries {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The binaries for this platform, unpacked under {@code cacheRoot} unless an earlier run did so. */
    static PostgresBinaries unpackInto(Path cacheRoot) {
        byte[] archive;
        try (InputStream raw = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                resolverSystemName(System.getProperty("os.name")), System.getProperty("os.arch"))) {
            archive = raw.readAllBytes();
        }
        catch (IOException | RuntimeException ex) {
            throw new EmbeddedPostgresException("No embedded PostgreSQL binaries for " + System.getProperty("os.name")
                    + " " + System.getProperty("os.arch") + " on the classpath: " + ex.getMessage(), ex);
        }
        Path home = cacheRoot.resolve("pg-" + sha256(archive).substring(0, 12));
        if (Files.isExecutable(home.resolve("bin/postgres"))) {
            return new PostgresBinaries(home);
        }
        Path staging = null;
        try {
            Files.createDirectories(cacheRoot);
            ensureOwnedByUs(cacheRoot);
            staging = Files.createTempDirectory(cacheRoot, "unpacking-");
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            extract(archive, staging);
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
                // another process unpacked the same archive first
            }
            catch (IOException ex) {
                if (!Files.isExecutable(home.resolve("bin/postgres"))) {
                    throw ex;
                }
            }
            return new PostgresBinaries(home);
        }
        catch (IOException ex) {
            throw new EmbeddedPostgresException("Cannot unpack the embedded PostgreSQL binaries into " + cacheRoot
                    + ": " + ex, ex);
        }
        finally {
            if (staging != null) {
                FileCleanup.deleteTree(staging);
            }
        }
    }

    /**
     * The system name zonky's resolver expects ({@code Darwin}, {@code Linux}): its archives are named
     * {@code postgres-darwin-…}, and on Apple silicon it falls back to the x86_64 archive only for {@code Darwin}.
     */
    static String resolverSystemName(String osName) {
        return osName.startsWith("Mac") ? "Darwin" : osName;
    }

    private static void ensureOwnedByUs(Path dir) throws IOException {
        String owner = Files.getOwner(dir).getName();
        String me = System.getProperty("user.name");
        if (!owner.equals(me) && !(owner.equals("root") && RunAs.jvmIsRoot())) {
            throw new IOException("the directory belongs to " + owner + ", not to " + me);
        }
    }

    /** The executable {@code name} in {@code bin/}. */
    Path executable(String name) {
        return this.home.resolve("bin").resolve(name);
    }

    /** The major version, read from {@code postgres --version} (which runs as root too). */
    int majorVersion() {
        try {
            Process process = new ProcessBuilder(executable("postgres").toString(), "--version")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor(30, TimeUnit.SECONDS);
            Matcher m = VERSION.matcher(out);
            if (!m.find()) {
                throw new EmbeddedPostgresException("Cannot tell the version of " + executable("postgres") + ": " + out);
            }
            return Integer.parseInt(m.group(1));
        }
        catch (IOException ex) {
            throw new EmbeddedPostgresException("Cannot run " + executable("postgres") + ": " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while asking " + executable("postgres") + " its version", ex);
        }
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new ByteArrayInputStream(archive), 1 << 16)))) {
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
