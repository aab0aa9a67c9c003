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
 * {@code bin/opsdb} tells the user when the standalone console cannot serve a location (a {@code classpath:}
 * location, the default included, or a directory holding Java migrations) and what to run instead, on standard
 * error, and {@code --help} says it first. The JVM is a stub on {@code PATH} that prints the command it was
 * given, so the script is tested on its own.
 */
class BinOpsdbTest {

    private static final Path SCRIPT = Path.of("../bin/opsdb").toAbsolutePath().normalize();
    private static final String SERVICE_CONSOLE = "java -jar your-service.jar console <command> (docs/console.md)";

    @TempDir
    Path dir;

    @BeforeEach
    void stubJava() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
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

    private static String classpathNote(String location) {
        return "opsdb: note: location '" + location + "' is read from this console's own jar, not from your"
                + " service: the standalone console cannot see a service's classpath nor run its Java migrations;"
                + " give the SQL scripts' directory (--location <dir>), or use the service's console: "
                + SERVICE_CONSOLE + "\n";
    }

    @Test
    void aDirectoryOfSqlRevisionsRunsWithoutANote() throws Exception {
        Path sql = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(sql.resolve("a10000000001_first.sql"), "");
        assertThat(run("--url", "jdbc:postgresql://db/x", "--location", sql.toString(), "current"))
                .isEqualTo(new ConsoleResult("java -XX:TieredStopAtLevel=1 -jar console.jar --url"
                        + " jdbc:postgresql://db/x --location " + sql + " current\n", "", 0));
    }

    @Test
    void javaMigrationsAndClasspathLocationsAreExplained() throws Exception {
        Path mixed = Files.createDirectories(dir.resolve("mixed/db"));
        Files.writeString(mixed.resolve("a10000000001_first.sql"), "");
        Files.writeString(mixed.resolve("R0b0000000002_Seed.java"), "");
        ConsoleResult result = run("--location=file:" + mixed + ",classpath:db/extra", "history");
        assertThat(result.stdout()).isEqualTo("java -XX:TieredStopAtLevel=1 -jar console.jar --location=file:"
                + mixed + ",classpath:db/extra history\n");
        assertThat(result.stderr()).isEqualTo("opsdb: note: " + mixed + " holds Java migrations (e.g."
                + " R0b0000000002_Seed.java), which the standalone console cannot run: it runs only the SQL"
                + " revisions; run the Java ones with the service's console: " + SERVICE_CONSOLE + "\n"
                + classpathNote("classpath:db/extra"));
        assertThat(run("history").stderr()).isEqualTo(classpathNote("classpath:db/migrations"));
    }

    @Test
    void helpSaysJavaMigrationsNeedTheServicesConsole() throws Exception {
        ConsoleResult help = run("--help");
        assertThat(help.stderr()).isEmpty();
        assertThat(help.stdout()).startsWith("Usage: bin/opsdb [--url <jdbc-url>] [--user <user>] [--password"
                + " <password>] [--location <dir>]... [<command> ...]\n")
                .contains("Java migrations need the service's console: this console has none of a service's"
                        + " classes, so it cannot run Java\nmigrations nor read scripts packaged on a service's"
                        + " classpath (classpath: locations). Run those with\n  " + SERVICE_CONSOLE + "\n")
                .endsWith("java -XX:TieredStopAtLevel=1 -jar console.jar --help\n");
    }
}
