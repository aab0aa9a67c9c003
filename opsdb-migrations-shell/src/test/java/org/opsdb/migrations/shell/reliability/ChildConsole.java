package org.opsdb.migrations.shell.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opsdb.migrations.shell.ConsoleProcess;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.testdb.TestDatabase;

/** A console started in a child JVM that the test can wait for, or kill ({@code kill -9}) while it runs. */
final class ChildConsole {

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildConsole(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * The arguments of a console on {@code db} as its user, scripts in {@code location}, running {@code command}:
     * {@code --url … --user … [--password …] --location … command…}.
     */
    static String[] arguments(TestDatabase db, Path location, String... command) {
        List<String> args = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", db.username()));
        if (db.password() != null) {
            args.addAll(List.of("--password", db.password()));
        }
        args.addAll(List.of("--location", location.toString()));
        args.addAll(List.of(command));
        return args.toArray(String[]::new);
    }

    /**
     * Starts {@code java … OpsdbConsoleApplication args…} with no SPRING_ or OPSDB_ variables inherited, nor
     * Kubernetes' JOB_COMPLETION_INDEX (which would shard a fleet).
     */
    static ChildConsole start(String... args) {
        return launch(null, Map.of(), args);
    }

    /** The same with these environment variables set (after the SPRING_ and OPSDB_ ones were removed). */
    static ChildConsole startWithEnvironment(Map<String, String> environment, String... args) {
        return launch(null, environment, args);
    }

    /**
     * The same with standard output going to {@code stdout} (e.g. {@code /dev/full}), which the result then does
     * not read (its standard output is empty).
     */
    static ChildConsole startWithStandardOutput(File stdout, String... args) {
        return launch(stdout, Map.of(), args);
    }

    private static ChildConsole launch(File stdout, Map<String, String> environment, String... args) {
        List<String> command = ConsoleProcess.javaCommand();
        command.addAll(List.of(args));
        try {
            Path out = stdout == null ? Files.createTempFile("opsdb-out", ".txt") : null;
            Path err = Files.createTempFile("opsdb-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(stdout == null ? out.toFile() : stdout)
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("OPSDB_")
                    || k.equals("JOB_COMPLETION_INDEX"));
            builder.environment().putAll(environment);
            return new ChildConsole(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits at most {@code seconds} for the exit; kills the child and fails when it does not end. */
    ConsoleResult await(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the console did not end within " + seconds + " s");
        }
        return result(process.exitValue());
    }

    /** Kills the child like {@code kill -9} and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the console survived kill -9");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private ConsoleResult result(int code) {
        try {
            ConsoleResult result = new ConsoleResult(out == null ? "" : Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), code);
            if (out != null) {
                Files.delete(out);
            }
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
