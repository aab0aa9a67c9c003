package org.opsdb.migrations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.runtime.HistoryTable;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.runtime.StatementLockPolicy;
import org.opsdb.migrations.runtime.TableName;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.opsdb.migrations.runtime.VersionTable;
import org.opsdb.migrations.script.ClassGraphScanner;
import org.opsdb.migrations.script.ClasspathScanner;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.script.ScriptPreload;

/**
 * Fluent configuration of {@link Migrations}; {@link #load()} reads the scripts and builds the revision graph.
 * <pre>{@code
 * Migrations migrations = Migrations.configure()
 *         .dataSource(dataSource)
 *         .locations("classpath:db/migrations")
 *         .load();
 * migrations.upgrade("head");
 * }</pre>
 */
public final class MigrationsConfiguration {

    /** Default version table name, Alembic's. */
    public static final String DEFAULT_VERSION_TABLE = "alembic_version";
    /** Default history table name. */
    public static final String DEFAULT_HISTORY_TABLE = "opsdb_migration_history";
    /** Default location of revision scripts. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";

    private static final String VERSION_TABLE = "version-table";
    private static final String HISTORY_TABLE = "history-table";
    private static final String TABLE_SCHEMA = "table-schema";

    DataSource dataSource;
    List<String> locations = List.of(DEFAULT_LOCATION);
    ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    TableName versionTable = new TableName(null, DEFAULT_VERSION_TABLE);
    TableName historyTable = new TableName(null, DEFAULT_HISTORY_TABLE);
    String tableSchema;
    TransactionMode transactionMode = TransactionMode.PER_REVISION;
    Duration lockTimeout = Duration.ofSeconds(60);
    Duration statementLockTimeout = StatementLockPolicy.DEFAULT.timeout();
    int statementLockRetries = StatementLockPolicy.DEFAULT.retries();
    Duration statementLockRetryBackoff = StatementLockPolicy.DEFAULT.backoff();
    boolean validateChecksums = true;
    ClasspathScanner scanner = new ClassGraphScanner();
    ScriptPreload preload;
    final List<MigrationListener> listeners = new ArrayList<>();
    final List<MigrationScript> extraScripts = new ArrayList<>();

    MigrationsConfiguration() {
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
     * Name of the version table, {@code alembic_version} by default: {@code NAME} or {@code SCHEMA.NAME} (a part in
     * double quotes may hold a dot or any other character; a bare part is taken as written). A schema named here
     * places the history table too, and must agree with {@link #tableSchema}.
     *
     * @throws IllegalArgumentException naming the setting, for any other form
     */
    public MigrationsConfiguration versionTable(String name) {
        this.versionTable = parse(VERSION_TABLE, name);
        return this;
    }

    /** Name of the history table, {@code opsdb_migration_history} by default; the forms of {@link #versionTable}. */
    public MigrationsConfiguration historyTable(String name) {
        this.historyTable = parse(HISTORY_TABLE, name);
        return this;
    }

    /**
     * Schema of the version and history tables; the connection's search path when unset. It must exist when the
     * tables are first created (it is not created: a misspelt schema would otherwise be).
     */
    public MigrationsConfiguration tableSchema(String schema) {
        try {
            this.tableSchema = schema == null || schema.isBlank() ? null : TableName.parseSchema(schema);
        } catch (IllegalArgumentException e) {
            throw invalid(TABLE_SCHEMA, schema, e);
        }
        return this;
    }

    /**
     * The version table as configured: in the schema that {@code table-schema}, or a schema-qualified
     * {@code version-table} or {@code history-table}, names (when several name one, it must be the same), else on
     * the search path.
     *
     * @throws IllegalArgumentException naming both settings, when they name different schemas
     */
    VersionTable configuredVersionTable() {
        List<String> settings = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        if (versionTable.qualified()) {
            settings.add(VERSION_TABLE + "=" + versionTable);
            schemas.add(versionTable.schema());
        }
        if (tableSchema != null) {
            settings.add(TABLE_SCHEMA + "=" + Identifiers.quote(tableSchema));
            schemas.add(tableSchema);
        }
        if (historyTable.qualified()) {
            settings.add(HISTORY_TABLE + "=" + historyTable);
            schemas.add(historyTable.schema());
        }
        for (int i = 1; i < schemas.size(); i++) {
            if (!schemas.get(i).equals(schemas.get(0))) {
                throw new IllegalArgumentException(settings.get(0) + " and " + settings.get(i) + " name different"
                        + " schemas (" + Identifiers.quote(schemas.get(0)) + ", " + Identifiers.quote(schemas.get(i))
                        + "); the version and history tables share one schema: name it once");
            }
        }
        return schemas.isEmpty() ? new VersionTable(versionTable)
                : new VersionTable(versionTable.inSchema(schemas.get(0)), settings.get(0));
    }

    /** The history table as configured: beside the {@link #configuredVersionTable()}. */
    HistoryTable configuredHistoryTable() {
        return new HistoryTable(historyTable.inSchema(configuredVersionTable().name().schema()));
    }

    /** One transaction per revision (default) or one for the whole run. */
    public MigrationsConfiguration transactionMode(TransactionMode mode) {
        this.transactionMode = Objects.requireNonNull(mode);
        return this;
    }

    /** How long to wait for another migrator's lock before failing; 60 s by default. */
    public MigrationsConfiguration lockTimeout(Duration timeout) {
        this.lockTimeout = requireNotNegative(timeout, "lock timeout");
        return this;
    }

    /**
     * How long one migration statement may wait for a table lock held by another session (PostgreSQL's
     * {@code lock_timeout} on the migrator's session) before its revision is rolled back and retried; 5 s by
     * default, zero to wait as long as it takes. See {@link StatementLockPolicy}.
     */
    public MigrationsConfiguration statementLockTimeout(Duration timeout) {
        this.statementLockTimeout = requireNotNegative(timeout, "statement lock timeout");
        return this;
    }

    /** How many times a revision whose statement timed out on a lock is tried again before the run fails; 3. */
    public MigrationsConfiguration statementLockRetries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("Invalid statement lock retries " + retries
                    + ": must be zero or positive");
        }
        this.statementLockRetries = retries;
        return this;
    }

    /** The wait before the first retry of a revision that timed out on a lock, doubled before each further one; 1 s. */
    public MigrationsConfiguration statementLockRetryBackoff(Duration backoff) {
        this.statementLockRetryBackoff = requireNotNegative(backoff, "statement lock retry backoff");
        return this;
    }

    /** Whether an applied SQL script that was edited since is an error (default true). */
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
        return new Migrations(this, taken);
    }

    private static Duration requireNotNegative(Duration value, String what) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("Invalid " + what + " " + value + ": must be zero or positive");
        }
        return value;
    }

    private static TableName parse(String setting, String text) {
        try {
            return TableName.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(setting, text, e);
        }
    }

    private static IllegalArgumentException invalid(String setting, String text, IllegalArgumentException reason) {
        return new IllegalArgumentException("Invalid value '" + text + "' for " + setting + ": " + reason.getMessage(),
                reason);
    }
}
