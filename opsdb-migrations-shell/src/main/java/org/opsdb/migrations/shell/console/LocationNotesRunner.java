package org.opsdb.migrations.shell.console;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.opsdb.migrations.shell.source.StandaloneLocationNotes;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Prints the standalone console's {@link StandaloneLocationNotes} on standard error before the command runs (or the
 * interactive session opens), for the locations the console has bound; nothing for a command that reads no
 * migrations ({@code help}, {@code version}, {@code diff}), nor when the locations are not valid (the command says
 * why). On when {@value #PROPERTY} is true, which {@code bin/opsdb}
 * sets ({@code OPSDB_CONSOLE_LOCATION_NOTES=true}).
 */
public final class LocationNotesRunner implements ApplicationRunner, Ordered {

    /** The property that switches the notes on. */
    public static final String PROPERTY = "opsdb.console.location-notes";

    /** The commands that read no migrations: nothing to note about where those are. */
    private static final Set<String> READ_NO_MIGRATIONS = Set.of("help", "version", "diff");

    private final MigrationsSource source;
    private final ConsoleInvocation invocation;
    private final PrintStream err;

    /**
     * @param source     the console's locations
     * @param invocation what the console was asked to run, or {@code null}
     * @param err        where the notes go
     */
    public LocationNotesRunner(MigrationsSource source, ConsoleInvocation invocation, PrintStream err) {
        this.source = source;
        this.invocation = invocation;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (invocation != null && !invocation.interactive()
                && READ_NO_MIGRATIONS.contains(invocation.command().get(0))) {
            return;
        }
        List<String> locations;
        try {
            locations = source.locations();
        } catch (RuntimeException invalid) {
            return; // the command reports it
        }
        StandaloneLocationNotes.of(locations).forEach(err::println);
        err.flush();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
