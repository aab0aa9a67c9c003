package org.opsdb.migrations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.opsdb.migrations.lint.LintMode;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.runtime.StatementLockPolicy;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.opsdb.migrations.script.ClassGraphScanner;
import org.opsdb.migrations.script.ClasspathScanner;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptPreload;

/**
 * Fluent configuration of {@link Migrations}, starting from {@link MigrationsSettings#DEFAULTS}: it holds a
 * {@link MigrationsSettings} (each value is checked as it is set; a setting with no fluent method of its own is set
 * through {@link #settings(Consumer)}); {@link #load()} reads the scripts and builds the revision graph.
 * <pre>{@code
 * Migrations migrations = Migrations.configure()
 *         .dataSource(dataSource)
 *         .locations("classpath:db/migrations")
 *         .load();
 * migrations.upgrade("head");
 * }</pre>
 */
public final class MigrationsConfiguration {

    private DataSource dataSource;
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private ClasspathScanner scanner = new ClassGraphScanner();
    private ScriptPreload preload;
    private final List<MigrationListener> listeners = new ArrayList<>();
    private final List<MigrationScript> extraScripts = new ArrayList<>();
    private MigrationsSettings settings = MigrationsSettings.DEFAULTS;

    MigrationsConfiguration() {
    }

    /** Takes every setting from {@code settings} (e.g. {@link MigrationsSettings#DEFAULTS} to start over). */
    public MigrationsConfiguration settings(MigrationsSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        return this;
    }

    /**
     * Changes settings through a {@linkplain MigrationsSettings.Draft draft} of them, checked at once: the way to
     * reach a setting with no fluent method of its own ({@code settings(draft -> draft.statementLockRetries = 5)}).
     *
     * @throws IllegalArgumentException naming the setting, when a changed value is not valid
     */
    public MigrationsConfiguration settings(Consumer<MigrationsSettings.Draft> change) {
        this.settings = settings.with(change);
        return this;
    }

    /** The settings as configured so far. */
    public MigrationsSettings settings() {
        return settings;
    }

    /** The database to migrate; optional when only offline SQL or the revision graph is wanted. */
    public MigrationsConfiguration dataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    /** The database to migrate, by JDBC URL and credentials. */
    public MigrationsConfiguration dataSource(String url, String user, String password) {
        this.dataSource = new UrlDataSource(url, user, password);
        return this;
    }

    /**
     * Where the scripts are: {@code classpath:db/migrations} (SQL files and Java migrations in package
     * {@code db.migrations}), a directory path or a {@code file:} URL. Several locations form one graph.
     */
    public MigrationsConfiguration locations(String... locations) {
        return settings(draft -> draft.locations = List.of(locations));
    }

    /** Same as {@link #locations(String...)}. */
    public MigrationsConfiguration locations(List<String> locations) {
        return settings(draft -> draft.locations = List.copyOf(locations));
    }

    /** The class loader to scan classpath locations and load Java migrations with. */
    public MigrationsConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader);
        return this;
    }

    /** How classpath locations are scanned; ClassGraph by default, Spring's resource resolver in the starter. */
    public MigrationsConfiguration scanner(ClasspathScanner scanner) {
        this.scanner = Objects.requireNonNull(scanner);
        return this;
    }

    /**
     * Name of the version table, {@value MigrationsSettings#DEFAULT_VERSION_TABLE} by default: {@code NAME} or {@code SCHEMA.NAME} (a part in
     * double quotes may hold a dot or any other character; a bare part is taken as written). A schema named here
     * places the history table too, and must agree with {@link #tableSchema}.
     *
     * @throws IllegalArgumentException naming the setting, for any other form
     */
    public MigrationsConfiguration versionTable(String name) {
        return settings(draft -> draft.versionTable = name);
    }

    /** Name of the history table, {@value MigrationsSettings#DEFAULT_HISTORY_TABLE} by default; the forms of {@link #versionTable}. */
    public MigrationsConfiguration historyTable(String name) {
        return settings(draft -> draft.historyTable = name);
    }

    /**
     * Schema of the version and history tables; the connection's search path when unset. It must exist when the
     * tables are first created (it is not created: a misspelt schema would otherwise be).
     */
    public MigrationsConfiguration tableSchema(String schema) {
        return settings(draft -> draft.tableSchema = schema);
    }

    /** One transaction per revision or one for the whole run. */
    public MigrationsConfiguration transactionMode(TransactionMode mode) {
        return settings(draft -> draft.transactionMode = Objects.requireNonNull(mode));
    }

    /** How long to wait for another migrator's lock before failing (default: {@link MigrationsSettings#DEFAULTS}). */
    public MigrationsConfiguration lockTimeout(Duration timeout) {
        return settings(draft -> draft.lockTimeout = timeout);
    }

    /**
     * How long one migration statement may wait for a table lock held by another session (PostgreSQL's
     * {@code lock_timeout} on the migrator's session) before its revision is rolled back and retried; zero to
     * wait as long as it takes. See {@link StatementLockPolicy}.
     */
    public MigrationsConfiguration statementLockTimeout(Duration timeout) {
        return settings(draft -> draft.statementLockTimeout = timeout);
    }

    /** How many times a revision whose statement timed out on a lock is tried again before the run fails. */
    public MigrationsConfiguration statementLockRetries(int retries) {
        return settings(draft -> draft.statementLockRetries = retries);
    }

    /** The wait before the first retry of a revision that timed out on a lock, doubled before each further one. */
    public MigrationsConfiguration statementLockRetryBackoff(Duration backoff) {
        return settings(draft -> draft.statementLockRetryBackoff = backoff);
    }

    /** Whether an applied SQL script that was edited since is an error. */
    public MigrationsConfiguration validateChecksums(boolean validate) {
        return settings(draft -> draft.validateChecksums = validate);
    }

    /**
     * What an upgrade does with the lint findings of the revisions it is about to apply (default
     * {@link LintMode#WARN}; {@link LintMode#FAIL} refuses the upgrade before anything runs).
     */
    public MigrationsConfiguration lint(LintMode mode) {
        return settings(draft -> draft.lint = mode);
    }

    /** Adds a listener told about each online step. */
    public MigrationsConfiguration listener(MigrationListener listener) {
        this.listeners.add(Objects.requireNonNull(listener));
        return this;
    }

    /** Adds scripts given as objects, beside those found in the locations. */
    public MigrationsConfiguration scripts(List<? extends MigrationScript> scripts) {
        this.extraScripts.addAll(scripts);
        return this;
    }

    /**
     * Scripts already being read in the background; {@link #load()} takes them instead of reading the locations
     * when they were started with the same locations, class loader and kind of scanner as configured here.
     */
    public MigrationsConfiguration preload(ScriptPreload preload) {
        this.preload = preload;
        return this;
    }

    /**
     * Loads the scripts and builds the revision graph; throws when a script or the graph is broken. With a
     * {@link #preload} of SQL scripts only, the scripts are read (a file that cannot be read fails here) but
     * parsed, and the graph built, only when first needed: an upgrade to the heads of a database already marked up
     * to date with them never needs them.
     */
    public Migrations load() {
        ScriptPreload taken = preload;
        preload = null; // read once: a reload reads the locations again
        return new Migrations(settings, dataSource, classLoader, scanner, listeners, extraScripts, taken);
    }
}
