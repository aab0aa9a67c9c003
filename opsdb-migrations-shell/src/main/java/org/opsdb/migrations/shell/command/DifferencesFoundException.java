package org.opsdb.migrations.shell.command;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The verdict of {@code check} when the entity model and the database differ, and of {@code lint} when it finds
 * lock hazards: exit code 2, no message (the differences or findings are the command's answer on standard output,
 * see {@code ConsoleErrors}).
 */
public class DifferencesFoundException extends RuntimeException implements ExitCodeGenerator {

    /** The exit code of {@code check} when it finds differences, and of {@code lint} when it finds hazards. */
    public static final int EXIT_CODE = 2;

    private static final long serialVersionUID = 1L;

    /** Creates the verdict. */
    public DifferencesFoundException() {
        super(null, null, false, false);
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
