package org.opsdb.migrations.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the standalone console in a child JVM (the test classpath) and returns its stdout, stderr and exit code. */
public final class ConsoleProcess {

    private ConsoleProcess() {
    }

    /** The command that starts the console's main class in a new JVM. */
    public static List<String> javaCommand() {
        return javaCommand(OpsdbConsoleApplication.class);
    }

    /** The command that starts {@code mainClass} in a new JVM on the test classpath. */
    public static List<String> javaCommand(Class<?> mainClass) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
    }

    public static ConsoleResult run(Map<String, String> environment, String... args) {
        return run(OpsdbConsoleApplication.class, environment, args);
    }

    /** Runs {@code mainClass} with these arguments and returns what it printed and its exit code. */
    public static ConsoleResult run(Class<?> mainClass, Map<String, String> environment, String... args) {
        return run(mainClass, List.of(), environment, args);
    }

    /** The same with these JVM options (e.g. {@code -Xlog:class+load=info:file=…}) before the main class. */
    public static ConsoleResult run(Class<?> mainClass, List<String> jvmOptions, Map<String, String> environment,
            String... args) {
        List<String> command = javaCommand(mainClass);
        command.addAll(1, jvmOptions);
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("opsdb-out", ".txt");
            Path err = Files.createTempFile("opsdb-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("OPSDB_"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("console did not finish: " + command);
            }
            ConsoleResult result = new ConsoleResult(Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), process.exitValue());
            Files.delete(out);
            Files.delete(err);
            return result;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
