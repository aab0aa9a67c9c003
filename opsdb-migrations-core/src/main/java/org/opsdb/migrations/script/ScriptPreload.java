package org.opsdb.migrations.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Scripts read on a background thread ahead of the {@code Migrations} that will use them, so that a service's
 * boot does not wait for them (the Spring Boot starter starts one as soon as the application context exists). It
 * is used only by a configuration with the same locations, class loader and kind of scanner, and only once;
 * otherwise the scripts are read again as usual. A failure is reported when the scripts are taken, exactly as
 * reading them there would have reported it. Only the SQL files are read ahead (with their
 * {@link ScriptSetFingerprint}); they are parsed, and Java migration classes loaded, by the thread that takes the
 * scripts, and only if it asks for them: a boot whose database is marked up to date with this fingerprint never
 * parses a script.
 */
public final class ScriptPreload {

    private final Class<? extends ClasspathScanner> scannerType;
    private final List<String> locations;
    private final ClassLoader classLoader;
    private final CompletableFuture<Read> found;

    /** What the background thread read, and its fingerprint. */
    private record Read(ScriptLoader.Found found, Optional<String> fingerprint) {
    }

    private ScriptPreload(ClasspathScanner scanner, List<String> locations, ClassLoader classLoader,
                          Runnable afterReading) {
        this.scannerType = scanner.getClass();
        this.locations = List.copyOf(locations);
        this.classLoader = Objects.requireNonNull(classLoader);
        this.found = new CompletableFuture<>();
        Objects.requireNonNull(afterReading);
        Thread thread = new Thread(() -> {
            read(scanner);
            runQuietly(afterReading);
        }, "opsdb-migrations-preload");
        thread.setDaemon(true);
        thread.setContextClassLoader(classLoader);
        thread.start();
    }

    /** Starts reading the scripts of {@code locations} on a daemon thread. */
    public static ScriptPreload start(ClasspathScanner scanner, List<String> locations, ClassLoader classLoader) {
        return start(scanner, locations, classLoader, () -> { });
    }

    /**
     * Starts reading the scripts of {@code locations} on a daemon thread, which then runs {@code afterReading}
     * (once the scripts can be taken; a runtime exception or linkage error it throws is ignored): e.g. loading and
     * initialising the classes the taking thread is about to need, as Spring Boot's background pre-initialisation
     * does.
     */
    public static ScriptPreload start(ClasspathScanner scanner, List<String> locations, ClassLoader classLoader,
                                      Runnable afterReading) {
        return new ScriptPreload(scanner, locations, classLoader, afterReading);
    }

    private void read(ClasspathScanner scanner) {
        try {
            ScriptLoader.Found read = new ScriptLoader(scanner).find(locations, classLoader);
            found.complete(new Read(read, read.fingerprint()));
        } catch (Throwable failure) {
            found.completeExceptionally(failure);
        }
    }

    private static void runQuietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | LinkageError ignored) {
            // only ever a head start: the taking thread does the same work itself when it needs it
        }
    }

    /** Whether the background reading has ended (with the scripts or with a failure). */
    public boolean isDone() {
        return found.isDone();
    }

    /** Whether these are the scripts a configuration with these settings would read. */
    public boolean matches(ClasspathScanner scanner, List<String> locations, ClassLoader classLoader) {
        return scanner.getClass() == scannerType && this.locations.equals(locations) && this.classLoader == classLoader;
    }

    /**
     * Waits for the scripts and returns their {@link ScriptSetFingerprint} (empty when there are Java migrations);
     * rethrows what reading them threw.
     */
    public Optional<String> fingerprint() {
        return take().fingerprint();
    }

    /**
     * Waits for the scripts and returns them, parsed now on this thread (once: later calls return the same list),
     * Java migrations loaded now too (see {@link ScriptLoader#find}); rethrows what reading them threw.
     */
    public List<MigrationScript> scripts() {
        return take().found().scripts();
    }

    /** {@link #scripts()} and their catalog, built now. */
    public ScriptCatalog catalog() {
        return ScriptCatalog.of(scripts());
    }

    private Read take() {
        try {
            return found.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptException("Interrupted while reading the migration scripts", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ScriptException("Migration scripts cannot be read: " + cause.getMessage(), cause);
        }
    }
}
