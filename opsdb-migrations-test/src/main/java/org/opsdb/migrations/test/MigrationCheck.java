package org.opsdb.migrations.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.MigrationsConfiguration;
import org.opsdb.migrations.test.snapshot.CatalogSnapshot;
import org.opsdb.migrations.test.snapshot.SchemaSnapshot;

/**
 * The standard migration checks, chosen and run from any test. Choose checks with the fluent methods (or
 * {@link #all()}), then {@link #verify()} them, {@link #run()} them for results, or hand them to JUnit as
 * {@link #dynamicTests()} so each shows as its own test:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> migrations() {
 *     return MigrationCheck.forLocations("classpath:db/migrations").all().dynamicTests();
 * }
 *
 * @Test
 * void roundTrip() {
 *     MigrationCheck.forLocations("classpath:db/migrations").dataSource(ds).singleHead().roundTrip().verify();
 * }
 * }</pre>
 * Without a DataSource the checks create a fresh database of their own on the kit's PostgreSQL (the server in
 * {@code OPSDB_TEST_JDBC_URL}, a Testcontainers {@code postgres:16}, or embedded binaries) and drop it afterwards.
 * <b>A DataSource given to the checks is emptied</b>: every check that migrates starts by dropping every user
 * schema; afterwards the database is migrated to heads again. Give them a test database only.
 */
public final class MigrationCheck {

    private final List<String> locations;
    private final Migrations migrations;
    private final Set<StandardCheck> checks = EnumSet.noneOf(StandardCheck.class);
    private DataSource dataSource;
    private Consumer<MigrationsConfiguration> customizer = configuration -> { };
    private List<String> heads = List.of();
    private final Set<String> excludedTables = new LinkedHashSet<>();
    private SchemaSnapshot snapshot;
    private ModelComparison modelComparison;

    private MigrationCheck(List<String> locations, Migrations migrations) {
        this.locations = locations;
        this.migrations = migrations;
    }

    /** Checks for the scripts in these locations (as {@code Migrations.configure().locations(...)} takes them). */
    public static MigrationCheck forLocations(String... locations) {
        if (locations.length == 0) {
            throw new IllegalArgumentException("Name at least one migration location, e.g. classpath:db/migrations");
        }
        return new MigrationCheck(List.of(locations), null);
    }

    /**
     * Checks for an already configured {@link Migrations}, such as the bean a Spring Boot application has; its
     * DataSource is the one checked (and emptied, see the class notes).
     */
    public static MigrationCheck of(Migrations migrations) {
        return new MigrationCheck(null, Objects.requireNonNull(migrations, "migrations"));
    }

    /** The database to run the checks on; it is emptied (see the class notes). Not with {@link #of}. */
    public MigrationCheck dataSource(DataSource dataSource) {
        requireLocations("dataSource");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /**
     * Further configuration of the {@link Migrations} built from the locations (tables, scanner, class loader);
     * several calls add up. The version and history tables, renamed or not, are left out of the snapshots wherever
     * they are ({@link org.opsdb.migrations.runtime.OwnTables}).
     */
    public MigrationCheck configure(Consumer<MigrationsConfiguration> customizer) {
        requireLocations("configure");
        this.customizer = this.customizer.andThen(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /** Checks that the graph has exactly one head. */
    public MigrationCheck singleHead() {
        return check(StandardCheck.SINGLE_HEAD);
    }

    /** Checks that the graph's heads are exactly these (ids or unique prefixes) instead of a single one. */
    public MigrationCheck heads(String... expected) {
        this.heads = List.of(expected);
        return check(StandardCheck.SINGLE_HEAD);
    }

    /** Checks that every revision has a downgrade. */
    public MigrationCheck everyRevisionHasDowngrade() {
        return check(StandardCheck.DOWNGRADES_PRESENT);
    }

    /** Checks that no revision applied to the given database was edited since (no migrating is done). */
    public MigrationCheck checksumsUnchanged() {
        return check(StandardCheck.CHECKSUMS_UNCHANGED);
    }

    /** Checks {@code upgrade heads} from an empty database. */
    public MigrationCheck upgradeBaseToHead() {
        return check(StandardCheck.UPGRADE);
    }

    /** Checks the round trip {@code upgrade head; downgrade -1; upgrade head}. */
    public MigrationCheck roundTrip() {
        return check(StandardCheck.ROUND_TRIP);
    }

    /** Checks every revision up, down and up again, one at a time in graph order. */
    public MigrationCheck stairway() {
        return check(StandardCheck.STAIRWAY);
    }

    /** Checks that each revision's downgrade restores the schema its upgrade started from. */
    public MigrationCheck downgradeLeavesNoTrace() {
        return check(StandardCheck.DOWNGRADE_LEAVES_NO_TRACE);
    }

    /** Checks that no revision has a lock hazard (lint or lock trace) its script does not allow with a reason. */
    public MigrationCheck lockSafety() {
        return check(StandardCheck.LOCK_SAFETY);
    }

    /** Checks that the mapped models match the database migrated to heads, as {@code comparison} sees it. */
    public MigrationCheck modelsMatch(ModelComparison comparison) {
        this.modelComparison = Objects.requireNonNull(comparison, "comparison");
        return check(StandardCheck.MODELS_MATCH);
    }

    /**
     * Checks that {@code init} on an empty database, building the schema from the comparison's model
     * ({@link ModelComparison#modelSource()}, e.g. an {@link EntityModelComparison}'s entities), creates the same
     * schema as {@code upgrade heads}. The comparison is the one {@link #modelsMatch(ModelComparison)} uses.
     */
    public MigrationCheck initMatchesMigrations(ModelComparison comparison) {
        this.modelComparison = Objects.requireNonNull(comparison, "comparison");
        return check(StandardCheck.INIT_MATCHES_MIGRATIONS);
    }

    /**
     * Every standard check; {@link StandardCheck#MODELS_MATCH} and {@link StandardCheck#INIT_MATCHES_MIGRATIONS} are
     * reported as skipped unless {@link #modelsMatch(ModelComparison)} gave them a comparison.
     */
    public MigrationCheck all() {
        return checks(StandardCheck.values());
    }

    /** These checks (they always run in {@link StandardCheck} order). */
    public MigrationCheck checks(StandardCheck... selected) {
        this.checks.addAll(Arrays.asList(selected));
        return this;
    }

    /**
     * Leaves these tables (unqualified names, in any schema) out of schema snapshots, beside the version and history
     * tables, which are always left out.
     */
    public MigrationCheck excludeTables(String... tables) {
        this.excludedTables.addAll(Arrays.asList(tables));
        return this;
    }

    /**
     * Replaces the schema snapshot used by the no-trace and init checks (by default a {@link CatalogSnapshot}).
     */
    public MigrationCheck snapshot(SchemaSnapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        return this;
    }

    /** Runs the chosen checks in order and returns how each ended; a failing check does not stop the others. */
    public List<CheckResult> run() {
        try (CheckRun run = new CheckRun(settings())) {
            List<CheckResult> results = new ArrayList<>();
            for (StandardCheck check : selected()) {
                results.add(run.result(check));
            }
            return results;
        }
    }

    /** Runs the chosen checks; throws a {@link MigrationCheckFailure} listing every failed one, one per line. */
    public void verify() {
        List<CheckResult> failed = run().stream().filter(CheckResult::failed).toList();
        if (!failed.isEmpty()) {
            MigrationCheckFailure failure = new MigrationCheckFailure(failed.stream()
                    .map(result -> result.check().displayName() + ": " + result.message())
                    .collect(Collectors.joining(System.lineSeparator())));
            failed.forEach(result -> failure.addSuppressed(result.error()));
            throw failure;
        }
    }

    /**
     * The chosen checks as dynamic tests, one per check, named by {@link StandardCheck#displayName()}; return them
     * from a {@code @TestFactory} method. They run in order; the stream must be closed (JUnit does) to drop the
     * database the checks made.
     */
    public Stream<DynamicTest> dynamicTests() {
        CheckRun run = new CheckRun(settings());
        return selected().stream()
                .map(check -> DynamicTest.dynamicTest(check.displayName(), () -> run.execute(check)))
                .onClose(run::close);
    }

    private List<StandardCheck> selected() {
        if (checks.isEmpty()) {
            throw new IllegalStateException("No checks chosen: call all() or name the checks, e.g. roundTrip()");
        }
        return List.copyOf(checks);
    }

    private MigrationCheck check(StandardCheck check) {
        checks.add(check);
        return this;
    }

    private void requireLocations(String method) {
        if (migrations != null) {
            throw new IllegalStateException(method + "(...) configures the Migrations built from locations;"
                    + " with MigrationCheck.of(migrations), configure the Migrations themselves");
        }
    }

    Settings settings() {
        return new Settings(locations, migrations, dataSource, customizer, heads, snapshot, List.copyOf(excludedTables),
                modelComparison);
    }

    /**
     * The configuration a {@link CheckRun} works from.
     *
     * @param snapshot       the snapshot given, or {@code null} for the default {@link CatalogSnapshot}
     * @param excludedTables the tables the default snapshot leaves out beside the version and history tables
     */
    record Settings(List<String> locations, Migrations migrations, DataSource dataSource,
                    Consumer<MigrationsConfiguration> customizer, List<String> heads, SchemaSnapshot snapshot,
                    List<String> excludedTables, ModelComparison modelComparison) {

        /** The snapshot given, else a {@link CatalogSnapshot} that leaves out the tables of {@code migrations}. */
        SchemaSnapshot snapshot(Migrations migrations) {
            return snapshot != null ? snapshot
                    : new CatalogSnapshot(excludedTables).excludingOwnTables(migrations.ownTables());
        }
    }
}
