package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/opsdb} passes its arguments to the console unparsed and asks it for its notes on locations it cannot
 * serve ({@code OPSDB_CONSOLE_LOCATION_NOTES=true}; the notes themselves: {@link LocationNotesTest}), and
 * {@code --help} says first that Java migrations need the service's console. The JVM is a stub on {@code PATH}
 * that prints the command it was given, and the switch on standard error, so the script is tested on its own.
 */
class BinOpsdbTest {

    private static final Path SCRIPT = Path.of("../bin/opsdb").toAbsolutePath().normalize();
    private static final String SERVICE_CONSOLE = "java -jar your-service.jar console <command> (docs/console.md)";
    /** What the stub prints on standard error: the console is asked for its location notes. */
    private static final String NOTES_ASKED = "notes=true\n";

    @TempDir
    Path dir;

    @BeforeEach
    void stubJava() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"),
                "#!/bin/sh\necho \"java $*\"\necho \"notes=$OPSDB_CONSOLE_LOCATION_NOTES\" >&2\n");
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ConsoleResult run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("OPSDB_"));
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("OPSDB_CONSOLE_JAR", "console.jar");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ConsoleResult(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), process.exitValue());
    }

    @Test
    void aDirectoryOfSqlRevisionsRunsWithoutANote() throws Exception {
        Path sql = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(sql.resolve("a10000000001_first.sql"), "");
        assertThat(run("--url", "jdbc:postgresql://db/x", "--location", sql.toString(), "current"))
                .isEqualTo(new ConsoleResult("java -XX:TieredStopAtLevel=1 -jar console.jar --url"
                        + " jdbc:postgresql://db/x --location " + sql + " current\n", NOTES_ASKED, 0));
    }

    @Test
    void javaMigrationsAndClasspathLocationsAreLeftToTheConsole() throws Exception {
        Path mixed = Files.createDirectories(dir.resolve("mixed/db"));
        Files.writeString(mixed.resolve("a10000000001_first.sql"), "");
        Files.writeString(mixed.resolve("R0b0000000002_Seed.java"), "");
        ConsoleResult result = run("--location=file:" + mixed + ",classpath:db/extra", "history");
        assertThat(result.stdout()).isEqualTo("java -XX:TieredStopAtLevel=1 -jar console.jar --location=file:"
                + mixed + ",classpath:db/extra history\n");
        assertThat(result.stderr()).isEqualTo(NOTES_ASKED);
        assertThat(run("history")).isEqualTo(new ConsoleResult("java -XX:TieredStopAtLevel=1 -jar console.jar"
                + " history\n", NOTES_ASKED, 0));
    }

    @Test
    void helpSaysJavaMigrationsNeedTheServicesConsole() throws Exception {
        ConsoleResult help = run("--help");
        assertThat(help.stderr()).isEqualTo(NOTES_ASKED);
        assertThat(help.stdout()).startsWith("Usage: bin/opsdb [--url <jdbc-url>] [--user <user>] [--password"
                + " <password>] [--location <dir>]... [<command> ...]\n")
                .contains("Java migrations need the service's console: this console has none of a service's"
                        + " classes, so it cannot run Java\nmigrations nor read scripts packaged on a service's"
                        + " classpath (classpath: locations). Run those with\n  " + SERVICE_CONSOLE + "\n")
                .endsWith("java -XX:TieredStopAtLevel=1 -jar console.jar --help\n");
    }
}
