package org.opsdb.migrations.script;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source file and line of a Java migration's own frame (the class or one of its nested classes) in a stack:
 * where its {@code upgrade(op)} called the operation that sent a statement, or where it threw. The file is the one
 * the class file names, else the top-level class's {@code .java} file.
 *
 * @param file the source file's name, e.g. {@code R0b0000000002_Seed.java}
 * @param line the line, 0 or less when the class file has no line numbers
 */
public record MigrationSourceLine(String file, int line) {

    /** The migration's frame nearest the top of the current thread's stack, if it is on it. */
    public static Optional<MigrationSourceLine> ofCaller(Class<?> migration) {
        return StackWalker.getInstance().walk(frames -> first(migration,
                frames.map(frame -> new StackTraceElement(frame.getClassName(), frame.getMethodName(),
                        frame.getFileName(), frame.getLineNumber()))));
    }

    /** The migration's frame nearest the top of {@code thrown}'s stack trace, if it is in it. */
    public static Optional<MigrationSourceLine> in(Class<?> migration, Throwable thrown) {
        return first(migration, Arrays.stream(thrown.getStackTrace()));
    }

    /** The top-level class's source file, {@code Outer.java}: the place of a statement no frame locates. */
    public static String sourceFile(Class<?> migration) {
        Class<?> outer = migration;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer.getSimpleName() + ".java";
    }

    private static Optional<MigrationSourceLine> first(Class<?> migration, Stream<StackTraceElement> frames) {
        String name = migration.getName();
        return frames.filter(frame -> frame.getClassName().equals(name) || frame.getClassName().startsWith(name + "$"))
                .findFirst().map(frame -> new MigrationSourceLine(
                        frame.getFileName() != null ? frame.getFileName() : sourceFile(migration),
                        frame.getLineNumber()));
    }
}
