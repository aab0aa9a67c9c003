package org.opsdb.migrations.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive console driven through a pseudo-terminal (tmux): prompt, a command and its answer, tab
 * completion of a revision id ({@code show}, and {@code graph -r}'s range), and the input history file.
 */
class InteractiveConsoleTest {

    @TempDir
    Path home;

    @Test
    void typeCommandsCompleteARevisionAndKeepHistory() throws Exception {
        String session = "opsdb-" + UUID.randomUUID().toString().substring(0, 8);
        Path script = home.resolve("console.sh");
        List<String> command = ConsoleProcess.javaCommand();
        command.addAll(List.of("--location", ConsoleProcessTest.REVISIONS.toString()));
        Files.writeString(script, "#!/bin/sh\nexport XDG_CONFIG_HOME='" + home + "'\nexec "
                + command.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" ")) + "\n");
        script.toFile().setExecutable(true);
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", script.toString());
        try {
            awaitScreen(session, "opsdb:>");
            tmux("send-keys", "-t", session, "heads", "Enter");
            awaitScreen(session, "6f0000000006 (head)");

            tmux("send-keys", "-t", session, "show 6f", "Tab");
            awaitScreen(session, "show 6f0000000006");
            tmux("send-keys", "-t", session, "Enter");
            awaitScreen(session, "Rev: 6f0000000006 (head)");

            tmux("send-keys", "-t", session, "graph -r 5e", "Tab");
            awaitScreen(session, "graph -r 5e0000000005");
            tmux("send-keys", "-t", session, "Enter");
            awaitScreen(session, "History range requires [start]:[end], [start]: or :[end], got '5e0000000005'");

            tmux("send-keys", "-t", session, "upgrade", "Enter");
            awaitScreen(session, "Command 'upgrade' needs a revision, e.g. 'upgrade head'");

            tmux("send-keys", "-t", session, "quit", "Enter");
            Path history = home.resolve("opsdb/history");
            awaitTrue(() -> Files.exists(history) && Files.readString(history).contains("heads"));
            assertThat(Files.readString(history)).contains("show 6f0000000006");
        }
        finally {
            new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
        }
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("tmux %s: %s", List.of(args), output).isZero();
        return output;
    }

    private static void awaitScreen(String session, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = tmux("capture-pane", "-p", "-t", session);
            if (screen.contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("screen never showed '" + text + "':\n" + screen);
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitTrue(Check check) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(check.ok()).isTrue();
    }
}
