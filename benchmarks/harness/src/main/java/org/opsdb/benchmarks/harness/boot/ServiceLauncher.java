package org.opsdb.benchmarks.harness.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Boots a service jar in a fresh JVM ({@code java <flags> -jar app.jar <arguments>}), waits for its
 * {@code READY <epoch-ms>} line, reads its peak RSS from {@code /proc/<pid>/status} and ends it.
 */
public final class ServiceLauncher {

    private static final long TIMEOUT_SECONDS = 600;

    private final Path java;
    private final List<String> jvmFlags;
    private final Path logDir;

    /** A launcher using {@code java} with {@code jvmFlags}; each child's output goes to a file in {@code logDir}. */
    public ServiceLauncher(Path java, List<String> jvmFlags, Path logDir) {
        this.java = java;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.logDir = logDir;
    }

    /** The JVM flags every child gets. */
    public List<String> jvmFlags() {
        return jvmFlags;
    }

    /** Boots {@code jar} with {@code arguments}; {@code name} names the log file. Fails if it never gets ready. */
    public BootResult boot(String name, Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process process = null;
        try {
            long start = System.currentTimeMillis();
            process = builder.start();
            Process child = process;
            CompletableFuture<long[]> ready = CompletableFuture.supplyAsync(() -> readUntilReady(child, log));
            long[] times = ready.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long peak = peakKib(process.pid());
            return new BootResult(times[0] - start, peak, times[1]);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(name + ": the service did not get ready (" + e.getMessage()
                    + "); output in " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted", e);
        } finally {
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The READY time stamp and the TOOL duration (0 if none). */
    private static long[] readUntilReady(Process process, Path log) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var file = Files.newBufferedWriter(log)) {
            String line;
            long tool = 0;
            while ((line = out.readLine()) != null) {
                file.write(line);
                file.newLine();
                if (line.startsWith("TOOL ")) {
                    tool = Long.parseLong(line.substring("TOOL ".length()).trim());
                }
                if (line.startsWith("READY ")) {
                    file.flush();
                    return new long[] {Long.parseLong(line.substring("READY ".length()).trim()), tool};
                }
            }
            file.flush();
            throw new IllegalStateException("exited with " + process.waitFor() + " before READY");
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long peakKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmHWM in /proc/" + pid + "/status");
    }
}
