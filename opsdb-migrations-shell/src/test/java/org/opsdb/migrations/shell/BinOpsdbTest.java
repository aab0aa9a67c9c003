package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Files.writeString(bin.resolve("java"), """
                #!/bin/bash
                # extract: the jar into --destination; a run with ArchiveClassesAtExit: the archive
                if [[ "$1" == -Djarmode=tools ]]; then mkdir -p "$6" && touch "$6/console.jar"; echo extracted; exit 0; fi
                for a in "$@"; do [[ "$a" == -XX:ArchiveClassesAtExit=* ]] && echo archive > "${a#*=}"; done
                echo "java $*"
                echo "notes=$OPSDB_CONSOLE_LOCATION_NOTES" >&2
                exit "${STUB_EXIT:-0}"
                """);
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ConsoleResult run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private ConsoleResult run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("OPSDB_"));
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("OPSDB_CONSOLE_JAR", "console.jar");
        builder.environment().put("OPSDB_CONSOLE_CACHE", dir.resolve("cache").toString());
        builder.environment().putAll(environment);
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
                .isEqualTo(new ConsoleResult("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar console.jar --url"
                        + " jdbc:postgresql://db/x --location " + sql + " current\n", NOTES_ASKED, 0));
    }

    @Test
    void javaMigrationsAndClasspathLocationsAreLeftToTheConsole() throws Exception {
        Path mixed = Files.createDirectories(dir.resolve("mixed/db"));
        Files.writeString(mixed.resolve("a10000000001_first.sql"), "");
        Files.writeString(mixed.resolve("R0b0000000002_Seed.java"), "");
        ConsoleResult result = run("--location=file:" + mixed + ",classpath:db/extra", "history");
        assertThat(result.stdout()).isEqualTo("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar console.jar --location=file:"
                + mixed + ",classpath:db/extra history\n");
        assertThat(result.stderr()).isEqualTo(NOTES_ASKED);
        assertThat(run("history")).isEqualTo(new ConsoleResult("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar console.jar"
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
                .endsWith("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar console.jar --help\n");
    }

    /**
     * With a console jar, the first run extracts it into the cache and starts a background run that records the
     * class-data sharing archive (the operator's run maps none and keeps its exit code); later runs map it. One
     * that is not the size recorded (cut short) is recorded again; {@code OPSDB_CONSOLE_CACHE=off} runs the jar as
     * it is.
     */
    @Test
    void theFirstRunRecordsTheArchiveInTheBackgroundAndLaterRunsMapIt() throws Exception {
        Files.writeString(dir.resolve("console.jar"), "a jar");
        ConsoleResult first = run(Map.of("STUB_EXIT", "3"), "current");
        Path cached;
        try (var dirs = Files.list(dir.resolve("cache"))) {
            cached = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        String plain = "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar " + cached.resolve("console.jar") + " current\n";
        assertThat(first).isEqualTo(new ConsoleResult(plain, NOTES_ASKED, 3));
        awaitArchive(cached);
        assertThat(cached.resolve("console.jsa")).hasContent("archive");
        assertThat(cached.resolve("console.jsa.size")).hasContent("8");
        String mapped = "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:SharedArchiveFile=" + cached.resolve("console.jsa")
                + " -XX:+VerifySharedSpaces -Xlog:cds*=off -Xlog:class+path=off -jar " + cached.resolve("console.jar")
                + " current\n";
        assertThat(run("current")).isEqualTo(new ConsoleResult(mapped, NOTES_ASKED, 0));
        Files.writeString(cached.resolve("console.jsa"), "arch");
        assertThat(run("current")).isEqualTo(new ConsoleResult(plain, NOTES_ASKED, 0));
        awaitArchive(cached);
        assertThat(run("current")).isEqualTo(new ConsoleResult(mapped, NOTES_ASKED, 0));
        assertThat(run(Map.of("OPSDB_CONSOLE_CACHE", "off"), "current")).isEqualTo(new ConsoleResult(
                "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar console.jar current\n", NOTES_ASKED, 0));
    }

    /** Waits (at most 30 s) for the background run to have written the archive and its size. */
    private static void awaitArchive(Path cached) throws InterruptedException {
        for (int i = 0; i < 300 && (Files.exists(cached.resolve("recording"))
                || !Files.exists(cached.resolve("console.jsa.size"))); i++) {
            Thread.sleep(100);
        }
        assertThat(cached.resolve("recording")).doesNotExist();
    }
}
