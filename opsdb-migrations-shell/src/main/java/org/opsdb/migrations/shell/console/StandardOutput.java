package org.opsdb.migrations.shell.console;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output for a one-shot command: a {@link PrintStream} like {@code System.out} (same file descriptor, same
 * encoding) that also keeps the first write error. A {@code PrintStream} swallows write errors and only remembers
 * that one happened ({@link #checkError()}), so {@code upgrade --sql > /dev/full} used to lose its script and exit 0;
 * the one-shot runner checks the stream and fails with {@link #failure(PrintStream)}, which names the cause:
 * {@code Cannot write to standard output: No space left on device}. Where {@code System.out} is no longer the JVM's
 * own (a test capturing the output, an application redirecting it), {@link #open()} keeps it, and a failure is
 * reported without its cause.
 */
public final class StandardOutput extends PrintStream {

    private final FailureRecorder recorder;

    private StandardOutput(FailureRecorder recorder, Charset charset) {
        super(new BufferedOutputStream(recorder, 8192), false, charset);
        this.recorder = recorder;
    }

    /**
     * A new stream over file descriptor 1, in the encoding {@code System.out} uses; {@code System.out} itself when
     * it has been replaced (the JVM's own is a plain {@code PrintStream}), so that what replaced it still sees the
     * output.
     */
    public static PrintStream open() {
        if (System.out.getClass() != PrintStream.class) {
            return System.out;
        }
        return new StandardOutput(new FailureRecorder(new FileOutputStream(FileDescriptor.out)), encoding());
    }

    /** The one line that says why {@code out} could not be written, as far as the stream knows. */
    static String failure(PrintStream out) {
        IOException cause = out instanceof StandardOutput standard ? standard.recorder.failure : null;
        return "Cannot write to standard output" + (cause == null || cause.getMessage() == null ? ""
                : ": " + cause.getMessage());
    }

    /** The encoding of {@code System.out}: {@code stdout.encoding} (Java 19+), else {@code sun.stdout.encoding}. */
    private static Charset encoding() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException unsupported) {
            return Charset.defaultCharset();
        }
    }

    /** Passes writes through and keeps the first {@link IOException} before passing it on. */
    private static final class FailureRecorder extends FilterOutputStream {

        private volatile IOException failure;

        FailureRecorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
