package org.opsdb.migrations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.runtime.StatementLockPolicy;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.opsdb.migrations.script.ClassGraphScanner;
import org.opsdb.migrations.script.ClasspathScanner;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptPreload;

/**
 * Fluent configuration of {@link Migrations}, starting from {@link MigrationsSettings#DEFAULTS}; {@link #load()}
 * copies the settings into a {@link MigrationsSettings} (each value is checked as it is set), reads the scripts and
 * builds the revision graph.
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
    private List<String> locations;
    private String versionTable;
    private String historyTable;
    private String tableSchema;
    private TransactionMode transactionMode;
    private Duration lockTimeout;
    private Duration statementLockTimeout;
    private int statementLockRetries;
    private Duration statementLockRetryBackoff;
    private boolean validateChecksums;

    MigrationsConfiguration() {
        settings(MigrationsSettings.DEFAULTS);
    }

    /** Takes every setting from {@code settings} (e.g. {@link MigrationsSettings#DEFAULTS} to start over). */
    public MigrationsConfiguration settings(MigrationsSettings settings) {
        this.locations = settings.locations();
        this.versionTable = settings.versionTable();
        this.historyTable = settings.historyTable();
        this.tableSchema = settings.tableSchema();
        this.transactionMode = settings.transactionMode();
        this.lockTimeout = settings.lockTimeout();
        this.statementLockTimeout = settings.statementLockTimeout();
        this.statementLockRetries = settings.statementLockRetries();
        this.statementLockRetryBackoff = settings.statementLockRetryBackoff();
        this.validateChecksums = settings.validateChecksums();
        return this;
    }

    /** The settings as configured so far. */
    public MigrationsSettings settings() {
        return new MigrationsSettings(locations, versionTable, historyTable, tableSchema, transactionMode,
                lockTimeout, statementLockTimeout, statementLockRetries, statementLockRetryBackoff,
                validateChecksums);
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
        this.locations = List.of(locations);
        return this;
    }

    /** Same as {@link #locations(String...)}. */
    public MigrationsConfiguration locations(List<String> locations) {
        this.locations = List.copyOf(locations);
        return this;
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
        this.versionTable = MigrationsSettings.tableName(MigrationsSettings.VERSION_TABLE, name);
        return this;
    }

    /** Name of the history table, {@value MigrationsSettings#DEFAULT_HISTORY_TABLE} by default; the forms of {@link #versionTable}. */
    public MigrationsConfiguration historyTable(String name) {
        this.historyTable = MigrationsSettings.tableName(MigrationsSettings.HISTORY_TABLE, name);
        return this;
    }

    /**
     * Schema of the version and history tables; the connection's search path when unset. It must exist when the
     * tables are first created (it is not created: a misspelt schema would otherwise be).
     */
    public MigrationsConfiguration tableSchema(String schema) {
        this.tableSchema = MigrationsSettings.tableSchema(schema);
        return this;
    }

    /** One transaction per revision or one for the whole run. */
    public MigrationsConfiguration transactionMode(TransactionMode mode) {
        this.transactionMode = Objects.requireNonNull(mode);
        return this;
    }

    /** How long to wait for another migrator's lock before failing (default: {@link MigrationsSettings#DEFAULTS}). */
    public MigrationsConfiguration lockTimeout(Duration timeout) {
        this.lockTimeout = MigrationsSettings.notNegative(timeout, "lock timeout");
        return this;
    }

    /**
     * How long one migration statement may wait for a table lock held by another session (PostgreSQL's
     * {@code lock_timeout} on the migrator's session) before its revision is rolled back and retried; zero to
     * wait as long as it takes. See {@link StatementLockPolicy}.
     */
    public MigrationsConfiguration statementLockTimeout(Duration timeout) {
        this.statementLockTimeout = MigrationsSettings.notNegative(timeout, "statement lock timeout");
        return this;
    }

    /** How many times a revision whose statement timed out on a lock is tried again before the run fails. */
    public MigrationsConfiguration statementLockRetries(int retries) {
        this.statementLockRetries = MigrationsSettings.retries(retries);
        return this;
    }

    /** The wait before the first retry of a revision that timed out on a lock, doubled before each further one. */
    public MigrationsConfiguration statementLockRetryBackoff(Duration backoff) {
        this.statementLockRetryBackoff = MigrationsSettings.notNegative(backoff, "statement lock retry backoff");
        return this;
    }

    /** Whether an applied SQL script that was edited since is an error. */
    public MigrationsConfiguration validateChecksums(boolean validate) {
        this.validateChecksums = validate;
        return this;
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
        return new Migrations(settings(), dataSource, classLoader, scanner, listeners, extraScripts, taken);
    }
}
