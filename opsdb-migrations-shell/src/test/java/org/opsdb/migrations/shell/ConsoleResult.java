package org.opsdb.migrations.shell;

/**
 * What one console command produced.
 *
 * @param stdout   standard output
 * @param stderr   standard error
 * @param exitCode the exit code
 */
public record ConsoleResult(String stdout, String stderr, int exitCode) {

    /** The same result with every time on standard output ({@code done in 12 ms}, {@code in 45 ms;}) as {@code N ms}. */
    public ConsoleResult timed() {
        return new ConsoleResult(stdout.replaceAll("\\b\\d+ ms\\b", "N ms"), stderr, exitCode);
    }
}
