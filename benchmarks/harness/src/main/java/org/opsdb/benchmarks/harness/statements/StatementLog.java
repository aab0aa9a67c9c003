package org.opsdb.benchmarks.harness.statements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the statements a service sent, from the server log written with {@code log_statement=all} and a
 * {@code log_line_prefix} that contains the application name ({@code %a}) followed by a space: each boot uses a
 * unique application name, so its statements are the log lines that carry it. Empty statements are left out: they
 * are the connection pool's liveness checks ({@code Connection.isValid}, which pgjdbc sends as an empty query when
 * a connection is borrowed after being idle), not statements of the tool.
 */
public final class StatementLog {

    private final Path serverLog;

    /** A reader of the server log at {@code serverLog}. */
    public StatementLog(Path serverLog) {
        this.serverLog = serverLog;
    }

    /** The statements (text after {@code statement:} or {@code execute <name>:}) sent by {@code applicationName}. */
    public List<String> statements(String applicationName) throws IOException {
        List<String> found = new ArrayList<>();
        String marker = " " + applicationName + " LOG:  ";
        for (String line : Files.readAllLines(serverLog, StandardCharsets.UTF_8)) {
            int at = line.indexOf(marker);
            if (at < 0) {
                continue;
            }
            String message = line.substring(at + marker.length());
            String statement = null;
            if (message.startsWith("statement: ")) {
                statement = message.substring("statement: ".length());
            } else if (message.startsWith("execute ")) {
                statement = message.substring(message.indexOf(": ") + 2);
            }
            if (statement != null && !statement.isBlank()) {
                found.add(statement);
            }
        }
        return found;
    }
}
