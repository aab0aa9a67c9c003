package org.opsdb.migrations.shell.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;

/**
 * Writes a command's answer to its output, each piece ending with exactly one line break; progress goes out at
 * once ({@link #live}) and remarks that are not the answer to standard error ({@link #notice}) when the command
 * runs one-shot ({@link ConsoleWriter}), both to the terminal in the interactive console.
 */
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

    /** Where progress goes: written and flushed as it happens, not held with the answer. */
    static PrintWriter live(CommandContext context) {
        return context.outputWriter() instanceof ConsoleWriter writer ? writer.live() : context.outputWriter();
    }

    /**
     * Prints what a command found wrong and repaired ({@link org.opsdb.migrations.runtime.MigrationResult#warnings()}),
     * each as {@code WARN <line>} on standard error when one-shot (which logs nowhere); the interactive console
     * shows them in its log, where the runtime wrote them at WARN.
     */
    static void warnings(CommandContext context, List<String> lines) {
        if (context.outputWriter() instanceof ConsoleWriter writer) {
            lines.forEach(line -> writer.notice("WARN " + line));
        }
    }

    /**
     * The diff's warnings as printed after {@code revision --autogenerate}'s path and {@code check}'s differences:
     * {@code WARNING: <line>}, a further line (the safe form, the query that finds the offending rows) indented
     * under it.
     */
    static List<String> diffWarnings(List<String> warnings) {
        List<String> lines = new ArrayList<>();
        for (String warning : warnings) {
            List<String> parts = warning.lines().toList();
            lines.add("WARNING: " + parts.get(0));
            parts.subList(1, parts.size()).forEach(part -> lines.add("         " + part));
        }
        return lines;
    }

    /** Prints one remark that is not the answer (standard error when one-shot). */
    static void notice(CommandContext context, String line) {
        if (context.outputWriter() instanceof ConsoleWriter writer) {
            writer.notice(line);
        } else {
            print(context, line);
        }
    }
}
