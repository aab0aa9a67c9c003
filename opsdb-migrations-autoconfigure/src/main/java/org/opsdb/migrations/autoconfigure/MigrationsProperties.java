package org.opsdb.migrations.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.autoconfigure.runner.OnBoot;
import org.opsdb.migrations.autoconfigure.runner.OnFleetFailure;
import org.opsdb.migrations.lint.LintMode;
import org.opsdb.migrations.runtime.TableName;
import org.opsdb.migrations.runtime.TransactionMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of opsdb-migrations in a Spring Boot application, under {@value MigrationsSettings#PROPERTY_PREFIX}. The settings of the
 * engine take their defaults from {@link MigrationsSettings#DEFAULTS} and reach it through {@link #toSettings()},
 * the one mapping (used by the auto-configuration, the script preloader and the console); the others (enabled, target, on-boot, preload, guarded-profiles, the
 * connection) are the starter's own.
 */
@ConfigurationProperties(MigrationsSettings.PROPERTY_PREFIX)
public class MigrationsProperties {

    private static final MigrationsSettings DEFAULTS = MigrationsSettings.DEFAULTS;

    /** Whether to configure migrations at all. */
    private boolean enabled = true;

    /**
     * Where the revision scripts are: classpath locations (SQL files under the path, Java migrations in the
     * package of the same name), directories, file: URLs or filesystem: paths; several locations form one revision
     * graph.
     */
    private List<String> locations = new ArrayList<>(DEFAULTS.locations());

    /**
     * Name of the Alembic-compatible version table holding the applied heads: NAME or SCHEMA.NAME (a part in double
     * quotes may hold a dot or any other character). A schema named here must agree with table-schema.
     */
    private String versionTable = DEFAULTS.versionTable();

    /** Name of the history table recording every step taken: NAME or SCHEMA.NAME, as version-table. */
    private String historyTable = DEFAULTS.historyTable();

    /**
     * Schema of the version and history tables; the connection's search path when unset. It must exist: it is not
     * created.
     */
    private String tableSchema = DEFAULTS.tableSchema();

    /** Revision the database is brought to on boot: heads, head, a revision id, a branch label or label@head. */
    private String target = "heads";

    /** Transactions used when applying revisions: one per revision, or a single one for the whole run. */
    private TransactionMode transactionMode = DEFAULTS.transactionMode();

    /** How long to wait for another migrator's advisory lock before failing. */
    private Duration lockTimeout = DEFAULTS.lockTimeout();

    /**
     * How long one migration statement may wait for a table lock held by another session (PostgreSQL's
     * lock_timeout on the migrator's session) before its revision is rolled back and tried again; 0 waits as long
     * as it takes. Statements in outside-transaction blocks always wait.
     */
    private Duration statementLockTimeout = DEFAULTS.statementLockTimeout();

    /** How many times a revision whose statement timed out on a lock is tried again before the migration fails. */
    private int statementLockRetries = DEFAULTS.statementLockRetries();

    /** Wait before the first retry of a revision that timed out on a lock; doubled before each further retry. */
    private Duration statementLockRetryBackoff = DEFAULTS.statementLockRetryBackoff();

    /** Whether an applied SQL script that was edited afterwards is an error. */
    private boolean validateChecksums = DEFAULTS.validateChecksums();

    /** How autogenerate ({@code revision --autogenerate}) and {@code diff} write scripts. */
    private final Autogenerate autogenerate = new Autogenerate();

    /**
     * What an upgrade (on boot, in the console) does with the lock-hazard findings of the revisions it is about to
     * apply: warn logs each at WARN and runs them; fail refuses the upgrade before anything runs, naming the first
     * finding (recommended in CI); off does not lint. A finding is silenced only in its script, with a reason.
     */
    private LintMode lint = DEFAULTS.lint();

    /** A fleet: many schemas of the database (or many databases) migrated on boot, instead of the database alone. */
    private final Fleet fleet = new Fleet();

    /**
     * Whether to start reading the revision scripts on a background thread as soon as the application context
     * exists, so that the boot does not wait for them when the migrations run.
     */
    private boolean preload = true;

    /**
     * What happens on boot: migrate applies pending revisions up to the target; validate fails the start when
     * revisions are pending or applied scripts changed; none does nothing.
     */
    private OnBoot onBoot = OnBoot.MIGRATE;

    /**
     * Spring profiles under which destructive commands (downgrade, stamp, roundtrip, init --drop) are refused:
     * globs where '*' matches any characters, compared ignoring case. The default guards prod, prod-*, *-prod and
     * any profile containing "production" (PRODUCTION, eu-production, production-eu); an empty value guards none.
     * The console's --allow-destructive runs a refused command anyway, and logs that at WARN.
     */
    private List<String> guardedProfiles = new ArrayList<>(ProductionGuard.DEFAULT_PATTERNS);

    /** JDBC URL of the database to migrate, when it is not the application's main DataSource. */
    private String url;

    /** User to migrate as; with no url, connects to the main DataSource's database as this user. */
    private String user;

    /** Password of the migrations user. */
    private String password;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        TableName.parse(versionTable); // rejects a malformed name while binding, so that the error names the property
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        TableName.parse(historyTable);
        this.historyTable = historyTable;
    }

    public String getTableSchema() {
        return tableSchema;
    }

    public void setTableSchema(String tableSchema) {
        if (tableSchema != null && !tableSchema.isBlank()) {
            TableName.parseSchema(tableSchema);
        }
        this.tableSchema = tableSchema;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = notNegative(lockTimeout);
    }

    public Duration getStatementLockTimeout() {
        return statementLockTimeout;
    }

    public void setStatementLockTimeout(Duration statementLockTimeout) {
        this.statementLockTimeout = notNegative(statementLockTimeout);
    }

    public int getStatementLockRetries() {
        return statementLockRetries;
    }

    public void setStatementLockRetries(int statementLockRetries) {
        this.statementLockRetries = notNegative(statementLockRetries);
    }

    public Duration getStatementLockRetryBackoff() {
        return statementLockRetryBackoff;
    }

    public void setStatementLockRetryBackoff(Duration statementLockRetryBackoff) {
        this.statementLockRetryBackoff = notNegative(statementLockRetryBackoff);
    }

    /** Rejects a negative duration while binding, so that the error names the property and its value. */
    private static Duration notNegative(Duration value) {
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException("must be zero or positive");
        }
        return value;
    }

    /** Rejects a negative number while binding, so that the error names the property and its value. */
    private static int notNegative(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("must be zero or positive");
        }
        return value;
    }

    public boolean isValidateChecksums() {
        return validateChecksums;
    }

    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public Autogenerate getAutogenerate() {
        return autogenerate;
    }

    public Fleet getFleet() {
        return fleet;
    }

    public LintMode getLint() {
        return lint;
    }

    public void setLint(LintMode lint) {
        this.lint = lint;
    }

    public OnBoot getOnBoot() {
        return onBoot;
    }

    public void setOnBoot(OnBoot onBoot) {
        this.onBoot = onBoot;
    }

    public List<String> getGuardedProfiles() {
        return guardedProfiles;
    }

    public void setGuardedProfiles(List<String> guardedProfiles) {
        this.guardedProfiles = guardedProfiles;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPreload() {
        return preload;
    }

    public void setPreload(boolean preload) {
        this.preload = preload;
    }

    /**
     * The engine's settings these properties give: the one mapping of {@code opsdb.migrations.*} onto
     * {@link MigrationsSettings}, used by the auto-configuration, the script preloader and the console (a new
     * setting fails to compile here until its property is passed). The starter's own properties are not settings of
     * the engine.
     *
     * @throws IllegalArgumentException naming the setting, when a value is not valid
     */
    public MigrationsSettings toSettings() {
        return new MigrationsSettings(locations, versionTable, historyTable, tableSchema, transactionMode,
                lockTimeout, statementLockTimeout, statementLockRetries, statementLockRetryBackoff, validateChecksums,
                autogenerate.isSafeForms(), lint, fleet.schemas, fleet.schemasQuery, fleet.schemasFile, fleet.targets,
                fleet.targetsFile, fleet.parallel, fleet.canary, fleet.maxFailures, fleet.timeout);
    }

    /**
     * The {@code opsdb.migrations.fleet.*} properties: the targets (exactly one of schemas, schemas-query,
     * schemas-file, targets, targets-file), how they run, and what a failed target does to the boot.
     */
    public static class Fleet {

        /**
         * Schemas of the database that are the fleet's targets (schema-per-tenant): each gets the version and history
         * tables and the search path of its own, and the same scripts. Names as the catalog spells them.
         */
        private List<String> schemas = new ArrayList<>(DEFAULTS.fleetSchemas());

        /**
         * SQL run on the database whose first column is the fleet's schemas, e.g. SELECT schema_name FROM tenants;
         * run again at each boot and each read of the actuator endpoint and health.
         */
        private String schemasQuery = DEFAULTS.fleetSchemasQuery();

        /** File of the fleet's schemas, one a line (blank lines and lines starting with # skipped). */
        private String schemasFile = DEFAULTS.fleetSchemasFile();

        /** JDBC URLs of the fleet's databases, one target each; credentials ride in the URL (?user=...&password=...). */
        private List<String> targets = new ArrayList<>(DEFAULTS.fleetTargets());

        /** File of the fleet's JDBC URLs, one a line (blank lines and lines starting with # skipped). */
        private String targetsFile = DEFAULTS.fleetTargetsFile();

        /** How many targets run at once. */
        private int parallel = DEFAULTS.fleetParallel();

        /** How many targets run first, on their own; when one of them fails, no other target is run. 0: none. */
        private int canary = DEFAULTS.fleetCanary();

        /** After this many failed targets no further target is started (1: stop on the first). 0: no limit. */
        private int maxFailures = DEFAULTS.fleetMaxFailures();

        /** How long one target may take before it is stopped and counts as failed. 0: no limit. */
        private Duration timeout = DEFAULTS.fleetTimeout();

        /**
         * What a target that did not reach the goal on boot (failed, skipped, or behind under on-boot=validate) does
         * to the boot: fail stops it with one line naming the targets and why; continue logs that line at ERROR and
         * boots, the health then being DOWN.
         */
        private OnFleetFailure onFailure = OnFleetFailure.FAIL;

        public List<String> getSchemas() {
            return schemas;
        }

        public void setSchemas(List<String> schemas) {
            this.schemas = schemas;
        }

        public String getSchemasQuery() {
            return schemasQuery;
        }

        public void setSchemasQuery(String schemasQuery) {
            this.schemasQuery = schemasQuery;
        }

        public String getSchemasFile() {
            return schemasFile;
        }

        public void setSchemasFile(String schemasFile) {
            this.schemasFile = schemasFile;
        }

        public List<String> getTargets() {
            return targets;
        }

        public void setTargets(List<String> targets) {
            this.targets = targets;
        }

        public String getTargetsFile() {
            return targetsFile;
        }

        public void setTargetsFile(String targetsFile) {
            this.targetsFile = targetsFile;
        }

        public int getParallel() {
            return parallel;
        }

        public void setParallel(int parallel) {
            if (parallel < 1) {
                throw new IllegalArgumentException("must be 1 or more");
            }
            this.parallel = parallel;
        }

        public int getCanary() {
            return canary;
        }

        public void setCanary(int canary) {
            this.canary = notNegative(canary);
        }

        public int getMaxFailures() {
            return maxFailures;
        }

        public void setMaxFailures(int maxFailures) {
            this.maxFailures = notNegative(maxFailures);
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = notNegative(timeout);
        }

        public OnFleetFailure getOnFailure() {
            return onFailure;
        }

        public void setOnFailure(OnFleetFailure onFailure) {
            this.onFailure = onFailure;
        }
    }

    /** The {@code opsdb.migrations.autogenerate.*} properties. */
    public static class Autogenerate {

        /**
         * Whether autogenerate and diff write the safe forms of changes to tables that already exist: indexes
         * created and dropped CONCURRENTLY in outside-transaction blocks, FOREIGN KEY and CHECK constraints added
         * NOT VALID and validated in their own transaction, SET NOT NULL through a validated CHECK (c IS NOT NULL),
         * UNIQUE and PRIMARY KEY over a unique index built concurrently. false writes the plain forms (as the
         * console's --plain does).
         */
        private boolean safeForms = DEFAULTS.autogenerateSafeForms();

        public boolean isSafeForms() {
            return safeForms;
        }

        public void setSafeForms(boolean safeForms) {
            this.safeForms = safeForms;
        }
    }
}
