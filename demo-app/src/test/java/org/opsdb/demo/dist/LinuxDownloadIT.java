package org.opsdb.demo.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's self-extracting Linux download ({@code target/opsdb-demo-<version>-<platform>.run}, built in
 * {@code package} by the {@code demo-run} profile), run as a user runs it: {@code sh <file>.run console version} in a
 * child process with its own {@code XDG_CACHE_HOME}. It unpacks the jar once (two runs started together leave one
 * jar and no temporary files), a later run reuses it, and a damaged download or a missing java ends with one line and
 * exit code 1, leaving no jar in the cache.
 */
@Timeout(600)
class LinuxDownloadIT {

    private static final Path RUN_FILE = Path.of(System.getProperty("demo.run.file"));
    private static final String VERSION = System.getProperty("demo.version");

    @TempDir
    Path dir;

    private record Run(String stdout, String stderr, int exitCode) {
    }

    private Process start(Path runFile, Path cache, Map<String, String> environment, String name, String... args)
            throws IOException {
        List<String> line = new ArrayList<>(List.of("/bin/sh", runFile.toString()));
        line.addAll(List.of(args));
        // The demo's embedded PostgreSQL keeps its data under the working directory (data/pg), one per process; run as
        // root, it runs initdb as an unprivileged user, who must reach that directory.
        Path workingDirectory = Files.createDirectory(dir.resolve(name + "-work"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(workingDirectory, PosixFilePermissions.fromString("rwxrwxrwx"));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workingDirectory.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("OPSDB_")
                || k.startsWith("CCAT_") || k.equals("JAVA_OPTS"));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private Run finish(Process process, String name) throws Exception {
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not end");
        }
        return new Run(Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8), process.exitValue());
    }

    private Run run(Path runFile, Path cache, Map<String, String> environment, String... args) throws Exception {
        return finish(start(runFile, cache, environment, "later", args), "later");
    }

    /** Every regular file and directory under the cache, relative to it. */
    private static List<String> contents(Path cache) throws IOException {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(cache)) {
            return paths.filter(p -> !p.equals(cache))
                    .map(p -> cache.relativize(p) + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
        }
    }

    private static String versionLine() {
        return "opsdb-migrations " + VERSION + "\n";
    }

    @Test
    void twoFirstRunsAtOnceUnpackOneJarAndALaterRunReusesIt() throws Exception {
        Path cache = dir.resolve("cache");
        Process first = start(RUN_FILE, cache, Map.of(), "first", "console", "version");
        Process second = start(RUN_FILE, cache, Map.of(), "second", "console", "version");

        assertThat(finish(first, "first")).isEqualTo(new Run(versionLine(), "", 0));
        assertThat(finish(second, "second")).isEqualTo(new Run(versionLine(), "", 0));
        List<String> unpacked = contents(cache);
        assertThat(unpacked).hasSize(3);
        assertThat(unpacked.get(0)).isEqualTo("opsdb-demo/");
        assertThat(unpacked.get(1)).matches("opsdb-demo/[0-9a-f]{16}/");
        assertThat(unpacked.get(2)).isEqualTo(unpacked.get(1) + "opsdb-demo-" + VERSION + ".jar");
        Path jar = cache.resolve(unpacked.get(2));
        BasicFileAttributes before = Files.readAttributes(jar, BasicFileAttributes.class);

        assertThat(run(RUN_FILE, cache, Map.of(), "console", "version")).isEqualTo(new Run(versionLine(), "", 0));
        BasicFileAttributes after = Files.readAttributes(jar, BasicFileAttributes.class);
        assertThat(contents(cache)).isEqualTo(unpacked);
        assertThat(after.fileKey()).isEqualTo(before.fileKey());
        assertThat(after.lastModifiedTime()).isEqualTo(before.lastModifiedTime());
    }

    @Test
    void aTruncatedDownloadEndsWithOneLineAndLeavesNoJar() throws Exception {
        byte[] bytes = Files.readAllBytes(RUN_FILE);

        assertADamagedDownloadIsRefused("truncated.run", Arrays.copyOf(bytes, bytes.length / 2));
    }

    @Test
    void aCorruptedDownloadEndsWithOneLineAndLeavesNoJar() throws Exception {
        byte[] bytes = Files.readAllBytes(RUN_FILE);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] = (byte) ~bytes[i];
        }

        assertADamagedDownloadIsRefused("corrupted.run", bytes);
    }

    /** Runs {@code bytes} as a download: one line, exit code 1, and nothing but empty directories in the cache. */
    private void assertADamagedDownloadIsRefused(String name, byte[] bytes) throws Exception {
        Path damaged = Files.write(dir.resolve(name), bytes);
        Path cache = dir.resolve("cache");

        assertThat(run(damaged, cache, Map.of(), "console", "version")).isEqualTo(new Run("", "opsdb-demo: "
                + damaged + " is damaged or incomplete (its payload does not unpack): download it again\n", 1));
        assertThat(contents(cache)).hasSize(2).allMatch(p -> p.endsWith("/"));
    }

    @Test
    void withoutJavaTheRunEndsWithOneLine() throws Exception {
        Path emptyPath = Files.createDirectory(dir.resolve("bin"));
        Path cache = dir.resolve("cache");

        assertThat(run(RUN_FILE, cache, Map.of("PATH", emptyPath.toString(), "JAVA_HOME", ""), "console", "version"))
                .isEqualTo(new Run("", "opsdb-demo: java not found: install Java 17 or later (or set JAVA_HOME) to run "
                        + "the demo\n", 1));
        assertThat(contents(cache)).isEmpty();
    }
}
