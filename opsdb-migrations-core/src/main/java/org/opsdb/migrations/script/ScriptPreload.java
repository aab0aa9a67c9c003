package org.opsdb.migrations.script;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Scripts read on a background thread ahead of the {@code Migrations} that will use them, so that a service's
 * boot does not wait for them (the Spring Boot starter starts one as soon as the application context exists). It
 * is used only by a configuration with the same locations, class loader and kind of scanner, and only once;
 * otherwise the scripts are read again as usual. A failure is reported when the scripts are taken, exactly as
 * reading them there would have reported it. Only SQL scripts are read ahead; Java migration classes are loaded
 * by the thread that takes the scripts. When there are none, the revision graph is built ahead too (a broken graph
 * is built again, and reported, by the thread that takes it).
 */
public final class ScriptPreload {

    private final Class<? extends ClasspathScanner> scannerType;
    private final List<String> locations;
    private final ClassLoader classLoader;
    private final CompletableFuture<Read> found;

    /** What the background thread read, and the catalog it built when no class was left to load. */
    private record Read(ScriptLoader.Found found, ScriptCatalog catalog) {
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
            found.complete(new Read(read, read.loadsClasses() ? null : catalogOrNull(read.scripts())));
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

    private static ScriptCatalog catalogOrNull(List<MigrationScript> scripts) {
        try {
            return ScriptCatalog.of(scripts);
        } catch (RuntimeException brokenGraph) {
            return null; // the taking thread builds it again and reports it there
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
     * Waits for the scripts; rethrows what reading them threw. Java migrations are loaded now, on this thread (see
     * {@link ScriptLoader#find}).
     */
    public List<MigrationScript> scripts() {
        return take().found().scripts();
    }

    /**
     * Waits for the scripts and returns their catalog: the one built ahead, or one built now (Java migrations
     * loaded on this thread); rethrows what reading them threw.
     */
    public ScriptCatalog catalog() {
        Read read = take();
        return read.catalog() != null ? read.catalog() : ScriptCatalog.of(read.found().scripts());
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
