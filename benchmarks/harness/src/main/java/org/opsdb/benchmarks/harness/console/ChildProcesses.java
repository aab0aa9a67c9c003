package org.opsdb.benchmarks.harness.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts and times the benchmark's child processes, each in a given directory with the given environment and its
 * output in a log file: a command until it exits ({@code /usr/bin/time} reports its CPU time), a service until it
 * prints its ready line ({@code /proc/<pid>/stat} gives its CPU time at that moment; then it is stopped). The JVM
 * option variables ({@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS},
 * {@code OPSDB_JAVA_OPTS}) are removed from every child's environment: what runs is what a user gets.
 */
public final class ChildProcesses {

    private static final List<String> CLEARED = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
            "OPSDB_JAVA_OPTS", "OPSDB_CONSOLE_JAR");
    private static final long TIMEOUT_SECONDS = 600;

    private final Path logs;
    private final long ticksPerSecond;

    /**
     * Children whose output goes to files in {@code logs}; {@code ticksPerSecond} is the kernel's clock tick
     * ({@code getconf CLK_TCK}) that {@code /proc/<pid>/stat} counts CPU time in.
     */
    public ChildProcesses(Path logs, long ticksPerSecond) {
        this.logs = logs;
        this.ticksPerSecond = ticksPerSecond;
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added, under {@code /usr/bin/time}; fails
     * with one line naming the command and its log when it does not exit with 0. {@code name} names the log file.
     */
    public TimedRun command(String name, Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path log = logs.resolve(name + ".log");
        Path times = logs.resolve(name + ".time");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
        timed.addAll(command);
        ProcessBuilder builder = builder(directory, environment, timed).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + ": `" + String.join(" ", command) + "` did not exit within "
                    + TIMEOUT_SECONDS + " s; output in " + log);
        }
        long wall = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + ": `" + String.join(" ", command) + "` exited with "
                    + process.exitValue() + "; output in " + log);
        }
        return new TimedRun(wall / 1e6, cpuMillis(Files.readString(times)));
    }

    /**
     * Starts {@code command} and times it until a line of its output contains {@code readyText}, then stops it
     * (SIGTERM, after 60 s SIGKILL); fails with one line naming its log when it exits or times out before.
     */
    TimedRun service(String name, Path directory, Map<String, String> environment, List<String> command,
                     String readyText) throws IOException, InterruptedException {
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = builder(directory, environment, command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            CompletableFuture<Long> ready = CompletableFuture.supplyAsync(() -> readUntil(process, readyText, log));
            long wall = ready.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) - start;
            long ticks = cpuTicks(Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat")));
            return new TimedRun(wall / 1e6, ticks * 1000.0 / ticksPerSecond);
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof TimeoutException ? "no ready line within " + TIMEOUT_SECONDS + " s"
                    : e.getCause().getMessage();
            throw new IllegalStateException(name + ": `" + String.join(" ", command) + "` did not get ready (" + why
                    + "); output in " + log, e);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    /** The time ({@link System#nanoTime()}) the first line containing {@code readyText} was read; copies the output. */
    private static long readUntil(Process process, String readyText, Path log) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var file = Files.newBufferedWriter(log)) {
            String line;
            while ((line = out.readLine()) != null) {
                long now = System.nanoTime();
                file.write(line);
                file.newLine();
                if (line.contains(readyText)) {
                    return now;
                }
            }
            throw new IllegalStateException("exited with " + process.waitFor() + " before a line with '"
                    + readyText + "'");
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ProcessBuilder builder(Path directory, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().keySet().removeAll(CLEARED);
        builder.environment().putAll(environment);
        return builder;
    }

    /**
     * The CPU time in milliseconds that {@code /usr/bin/time -f "%U %S"} wrote: its last line, user and system
     * seconds (a line before it says when the command exited with a non-zero status).
     */
    static double cpuMillis(String timeOutput) {
        List<String> lines = timeOutput.lines().filter(line -> !line.isBlank()).toList();
        String[] fields = lines.isEmpty() ? new String[0] : lines.get(lines.size() - 1).trim().split("\\s+");
        try {
            if (fields.length == 2) {
                return (Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1000;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException("not the output of /usr/bin/time -f \"%U %S\": " + timeOutput.strip());
    }

    /**
     * User plus system CPU time, in clock ticks, from the text of {@code /proc/<pid>/stat} (fields 14 and 15; the
     * command name in field 2 may hold spaces and parentheses, so fields are counted after its last {@code ')'}).
     */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime field 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
