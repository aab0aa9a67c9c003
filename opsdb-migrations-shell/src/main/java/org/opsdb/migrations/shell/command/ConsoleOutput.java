package org.opsdb.migrations.shell.command;

import java.io.PrintWriter;
import org.springframework.shell.core.command.CommandContext;

/** Writes a command's answer to its output, each piece ending with exactly one line break. */
final class ConsoleOutput {

    private ConsoleOutput() {
    }

    static void print(CommandContext context, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        PrintWriter out = context.outputWriter();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }
}
