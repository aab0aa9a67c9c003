package org.opsdb.migrations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.opsdb.migrations.lint.LintMode;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.runtime.HistoryTable;
import org.opsdb.migrations.runtime.OwnTables;
import org.opsdb.migrations.runtime.StatementLockPolicy;
import org.opsdb.migrations.runtime.TableName;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.runtime.VersionTable;

/**
 * The settings of {@link Migrations}, immutable, and the one place that holds their defaults ({@link #DEFAULTS})
 * and checks their values: {@link MigrationsConfiguration#load()} copies the fluent configuration into one, the
 * starter's {@code opsdb.migrations.*} properties take their defaults from {@link #DEFAULTS}, the test kit's
 * {@code @MigrationChecks} too. Each component is one setting, named as in {@code docs/configuration.md}
 * ({@code transactionMode} is {@code opsdb.migrations.transaction-mode}). A value that is not valid is an
 * {@link IllegalArgumentException} of one line naming the setting.
 *
 * @param locations                 where the revision scripts are: {@code classpath:} paths, directories,
 *                                  {@code file:} URLs or {@code filesystem:} paths; several form one graph
 * @param versionTable              the version table: {@code NAME} or {@code SCHEMA.NAME} (a part in double
 *                                  quotes may hold a dot or any other character)
 * @param historyTable              the history table, in the forms of {@code versionTable}
 * @param tableSchema               the schema of both tables (bare or double-quoted), or {@code null} for the
 *                                  connection's search path (blank is taken as {@code null})
 * @param transactionMode           one transaction per revision, or one for the whole run
 * @param lockTimeout               how long to wait for another migrator's advisory lock before failing
 * @param statementLockTimeout      PostgreSQL's {@code lock_timeout} for migration statements; zero waits as long
 *                                  as it takes
 * @param statementLockRetries      how many times a revision whose statement timed out on a lock is tried again
 * @param statementLockRetryBackoff the wait before the first such retry, doubled before each further one
 * @param validateChecksums         whether an applied SQL script that was edited since is an error
 * @param autogenerateSafeForms     whether autogenerate and {@code diff} write the safe forms of changes to tables
 *                                  that exist ({@code opsdb.migrations.autogenerate.safe-forms}): indexes built
 *                                  concurrently, constraints validated apart, NOT NULL through a validated check
 * @param lint                      what an upgrade does with the lock-hazard findings of the revisions it is about
 *                                  to apply: warn, refuse, or not lint
 * @param fleetSchemas              a fleet's targets as schemas of the database ({@code fleet.schemas}); empty: none
 * @param fleetSchemasQuery         a fleet's targets as the schemas a SQL query returns (first column), run on the
 *                                  database, or {@code null}
 * @param fleetSchemasFile          a fleet's targets as a file of schema names, one a line, or {@code null}
 * @param fleetTargets              a fleet's targets as JDBC URLs, one database each; empty: none
 * @param fleetTargetsFile          a fleet's targets as a file of JDBC URLs, one a line, or {@code null}
 * @param fleetParallel             how many targets of a fleet run at once (at least 1)
 * @param fleetCanary               how many targets of a fleet run first, on their own (0: no canary step)
 * @param fleetMaxFailures          after how many failed targets a fleet starts no further one (0: no limit)
 * @param fleetTimeout              how long one target of a fleet may take (zero: no limit)
 */
public record MigrationsSettings(List<String> locations, String versionTable, String historyTable,
                                 String tableSchema, TransactionMode transactionMode, Duration lockTimeout,
                                 Duration statementLockTimeout, int statementLockRetries,
                                 Duration statementLockRetryBackoff, boolean validateChecksums,
                                 boolean autogenerateSafeForms, LintMode lint, List<String> fleetSchemas,
                                 String fleetSchemasQuery, String fleetSchemasFile, List<String> fleetTargets,
                                 String fleetTargetsFile, int fleetParallel, int fleetCanary, int fleetMaxFailures,
                                 Duration fleetTimeout) {

    /**
     * The prefix of the settings as properties of a Spring application ({@code opsdb.migrations.version-table} is
     * {@link #versionTable()}); the one place the starter, the console and the documentation take it from.
     */
    public static final String PROPERTY_PREFIX = "opsdb.migrations";
    /** Default location of revision scripts. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";
    /** Default version table name, Alembic's. */
    public static final String DEFAULT_VERSION_TABLE = "alembic_version";
    /** Default history table name. */
    public static final String DEFAULT_HISTORY_TABLE = "opsdb_migration_history";

    /**
     * Every default: {@value #DEFAULT_LOCATION}, tables {@value #DEFAULT_VERSION_TABLE} and
     * {@value #DEFAULT_HISTORY_TABLE} on the search path, one transaction per revision, 60 s for the advisory lock;
     * 5 s {@code lock_timeout}, 3 retries, 1 s backoff (1 s, 2 s, 4 s: at most about 27 s per revision before the
     * run fails); checksums validated; autogenerate writes the safe forms; lint findings of pending
     * revisions logged as warnings; no fleet, whose targets run 4 at once, with no canary, no failure limit and no
     * timeout.
     */
    public static final MigrationsSettings DEFAULTS = new MigrationsSettings(List.of(DEFAULT_LOCATION),
            DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE, null, TransactionMode.PER_REVISION, Duration.ofSeconds(60),
            Duration.ofSeconds(5), 3, Duration.ofSeconds(1), true, true, LintMode.WARN, List.of(), null, null,
            List.of(), null, 4, 0, 0, Duration.ZERO);

    static final String VERSION_TABLE = "version-table";
    static final String HISTORY_TABLE = "history-table";
    static final String TABLE_SCHEMA = "table-schema";
    /** The name of the {@link #lint()} setting, under {@link #PROPERTY_PREFIX}. */
    public static final String LINT = "lint";

    /** Checks every value; copies the locations. */
    public MigrationsSettings {
        locations = List.copyOf(locations);
        tableName(VERSION_TABLE, versionTable);
        tableName(HISTORY_TABLE, historyTable);
        tableSchema = tableSchema(tableSchema);
        Objects.requireNonNull(transactionMode, "transaction mode");
        notNegative(lockTimeout, "lock timeout");
        notNegative(statementLockTimeout, "statement lock timeout");
        retries(statementLockRetries);
        notNegative(statementLockRetryBackoff, "statement lock retry backoff");
        Objects.requireNonNull(lint, "lint");
        fleetSchemas = fleetSchemas == null ? List.of() : List.copyOf(fleetSchemas);
        fleetSchemasQuery = blankIsNull(fleetSchemasQuery);
        fleetSchemasFile = blankIsNull(fleetSchemasFile);
        fleetTargets = fleetTargets == null ? List.of() : List.copyOf(fleetTargets);
        fleetTargetsFile = blankIsNull(fleetTargetsFile);
        atLeast(fleetParallel, 1, "fleet.parallel");
        atLeast(fleetCanary, 0, "fleet.canary");
        atLeast(fleetMaxFailures, 0, "fleet.max-failures");
        notNegative(fleetTimeout, "fleet.timeout");
    }

    /**
     * The version table as configured: in the schema that {@code table-schema}, or a schema-qualified
     * {@code version-table} or {@code history-table}, names (when several name one, it must be the same), else on
     * the search path.
     *
     * @throws IllegalArgumentException naming both settings, when they name different schemas
     */
    public VersionTable resolvedVersionTable() {
        TableName version = TableName.parse(versionTable);
        TableName history = TableName.parse(historyTable);
        List<String> settings = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        if (version.qualified()) {
            settings.add(VERSION_TABLE + "=" + version);
            schemas.add(version.schema());
        }
        if (tableSchema != null) {
            String schema = TableName.parseSchema(tableSchema);
            settings.add(TABLE_SCHEMA + "=" + Identifiers.quote(schema));
            schemas.add(schema);
        }
        if (history.qualified()) {
            settings.add(HISTORY_TABLE + "=" + history);
            schemas.add(history.schema());
        }
        for (int i = 1; i < schemas.size(); i++) {
            if (!schemas.get(i).equals(schemas.get(0))) {
                throw new IllegalArgumentException(settings.get(0) + " and " + settings.get(i) + " name different"
                        + " schemas (" + Identifiers.quote(schemas.get(0)) + ", " + Identifiers.quote(schemas.get(i))
                        + "); the version and history tables share one schema: name it once");
            }
        }
        return schemas.isEmpty() ? new VersionTable(version)
                : new VersionTable(version.inSchema(schemas.get(0)), settings.get(0));
    }

    /** The history table as configured: beside the {@link #resolvedVersionTable()}. */
    public HistoryTable resolvedHistoryTable() {
        return new HistoryTable(TableName.parse(historyTable).inSchema(resolvedVersionTable().name().schema()));
    }

    /** The version and history tables these settings name, to {@linkplain OwnTables#resolve resolve} on a connection. */
    public OwnTables ownTables() {
        return new OwnTables(resolvedVersionTable(), resolvedHistoryTable());
    }

    /** The statement-lock settings as the runtime takes them. */
    public StatementLockPolicy statementLockPolicy() {
        return new StatementLockPolicy(statementLockTimeout, statementLockRetries, statementLockRetryBackoff);
    }

    /**
     * A copy of these settings with {@code change} made to a {@linkplain Draft draft} of them; the copy is checked
     * as any settings are ({@code settings.with(draft -> draft.statementLockRetries = 5)}).
     *
     * @throws IllegalArgumentException naming the setting, when a changed value is not valid
     */
    public MigrationsSettings with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.settings();
    }

    /**
     * The settings as plain fields, to change some of them and {@linkplain #settings() check them as settings}
     * again: what {@link MigrationsSettings#with} and {@link MigrationsConfiguration#settings(Consumer)} hand out.
     */
    public static final class Draft {
        /** See {@link MigrationsSettings#locations()}. */
        public List<String> locations;
        /** See {@link MigrationsSettings#versionTable()}. */
        public String versionTable;
        /** See {@link MigrationsSettings#historyTable()}. */
        public String historyTable;
        /** See {@link MigrationsSettings#tableSchema()}. */
        public String tableSchema;
        /** See {@link MigrationsSettings#transactionMode()}. */
        public TransactionMode transactionMode;
        /** See {@link MigrationsSettings#lockTimeout()}. */
        public Duration lockTimeout;
        /** See {@link MigrationsSettings#statementLockTimeout()}. */
        public Duration statementLockTimeout;
        /** See {@link MigrationsSettings#statementLockRetries()}. */
        public int statementLockRetries;
        /** See {@link MigrationsSettings#statementLockRetryBackoff()}. */
        public Duration statementLockRetryBackoff;
        /** See {@link MigrationsSettings#validateChecksums()}. */
        public boolean validateChecksums;
        /** See {@link MigrationsSettings#autogenerateSafeForms()}. */
        public boolean autogenerateSafeForms;
        /** See {@link MigrationsSettings#lint()}. */
        public LintMode lint;
        /** See {@link MigrationsSettings#fleetSchemas()}. */
        public List<String> fleetSchemas;
        /** See {@link MigrationsSettings#fleetSchemasQuery()}. */
        public String fleetSchemasQuery;
        /** See {@link MigrationsSettings#fleetSchemasFile()}. */
        public String fleetSchemasFile;
        /** See {@link MigrationsSettings#fleetTargets()}. */
        public List<String> fleetTargets;
        /** See {@link MigrationsSettings#fleetTargetsFile()}. */
        public String fleetTargetsFile;
        /** See {@link MigrationsSettings#fleetParallel()}. */
        public int fleetParallel;
        /** See {@link MigrationsSettings#fleetCanary()}. */
        public int fleetCanary;
        /** See {@link MigrationsSettings#fleetMaxFailures()}. */
        public int fleetMaxFailures;
        /** See {@link MigrationsSettings#fleetTimeout()}. */
        public Duration fleetTimeout;

        private Draft(MigrationsSettings settings) {
            locations = settings.locations;
            versionTable = settings.versionTable;
            historyTable = settings.historyTable;
            tableSchema = settings.tableSchema;
            transactionMode = settings.transactionMode;
            lockTimeout = settings.lockTimeout;
            statementLockTimeout = settings.statementLockTimeout;
            statementLockRetries = settings.statementLockRetries;
            statementLockRetryBackoff = settings.statementLockRetryBackoff;
            validateChecksums = settings.validateChecksums;
            autogenerateSafeForms = settings.autogenerateSafeForms;
            lint = settings.lint;
            fleetSchemas = settings.fleetSchemas;
            fleetSchemasQuery = settings.fleetSchemasQuery;
            fleetSchemasFile = settings.fleetSchemasFile;
            fleetTargets = settings.fleetTargets;
            fleetTargetsFile = settings.fleetTargetsFile;
            fleetParallel = settings.fleetParallel;
            fleetCanary = settings.fleetCanary;
            fleetMaxFailures = settings.fleetMaxFailures;
            fleetTimeout = settings.fleetTimeout;
        }

        /** The draft as settings, checked. */
        public MigrationsSettings settings() {
            return new MigrationsSettings(locations, versionTable, historyTable, tableSchema, transactionMode,
                    lockTimeout, statementLockTimeout, statementLockRetries, statementLockRetryBackoff,
                    validateChecksums, autogenerateSafeForms, lint, fleetSchemas, fleetSchemasQuery, fleetSchemasFile,
                    fleetTargets, fleetTargetsFile, fleetParallel, fleetCanary, fleetMaxFailures, fleetTimeout);
        }
    }

    /** Checks a {@code version-table} or {@code history-table} value; returns it. */
    static String tableName(String setting, String text) {
        return parsed(setting, text, TableName::parse);
    }

    /** Checks a {@code table-schema} value; returns it, or {@code null} for none (blank). */
    static String tableSchema(String text) {
        return text == null || text.isBlank() ? null : parsed(TABLE_SCHEMA, text, TableName::parseSchema);
    }

    /** Returns {@code text} once {@code parser} took it; its refusal as one line naming {@code setting}. */
    private static String parsed(String setting, String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
            return text;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value '" + text + "' for " + setting + ": " + e.getMessage(),
                    e);
        }
    }

    /** Checks a {@code statement-lock-retries} value; returns it. */
    static int retries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("Invalid statement lock retries " + retries
                    + ": must be zero or positive");
        }
        return retries;
    }

    /** Checks a whole-number setting that has a least value; returns it. */
    static int atLeast(int value, int least, String what) {
        if (value < least) {
            throw new IllegalArgumentException("Invalid " + what + " " + value + ": must be " + least + " or more");
        }
        return value;
    }

    /** A text setting with blank taken as {@code null} (not set). */
    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Checks a duration setting; returns it. */
    static Duration notNegative(Duration value, String what) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("Invalid " + what + " " + value + ": must be zero or positive");
        }
        return value;
    }
}
