package org.opsdb.migrations.shell;

/**
 * What one console command produced.
 *
 * @param stdout   standard output
 * @param stderr   standard error
 * @param exitCode the exit code
 */
public record ConsoleResult(String stdout, String stderr, int exitCode) {
}
