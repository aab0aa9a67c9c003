package org.opsdb.migrations.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.runtime.TransactionMode;

/**
 * Runs the standard migration checks as tests of the annotated class, each check its own test, on a fresh
 * PostgreSQL database of the class's own (dropped afterwards). The class needs no methods:
 * <pre>{@code
 * @MigrationChecks(locations = "classpath:db/migrations")
 * class MyMigrationsTest { }
 * }</pre>
 * The checks are run by the kit's JUnit Platform engine ({@code opsdb-migration-checks}, found on the test
 * classpath like the Jupiter engine), not by Jupiter: the class is not instantiated, and Jupiter annotations on it
 * play no part. For an application's own DataSource (e.g. in a {@code @SpringBootTest}) use
 * {@link MigrationCheck#of} from a {@code @TestFactory} instead. The settings of the scripts (locations, tables,
 * schema, transactions) are those of {@link MigrationsSettings}, with its defaults.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MigrationChecks {

    /** Where the scripts are; {@value MigrationsSettings#DEFAULT_LOCATION} by default. */
    String[] locations() default MigrationsSettings.DEFAULT_LOCATION;

    /** The expected heads (ids or unique prefixes); empty means exactly one head. */
    String[] heads() default {};

    /** The checks to run; empty means every {@link StandardCheck}. */
    StandardCheck[] checks() default {};

    /** Checks to leave out. */
    StandardCheck[] skip() default {};

    /** Tables to leave out of schema snapshots, beside the version and history tables. */
    String[] excludeTables() default {};

    /** The version table, as the application names it ({@code opsdb.migrations.version-table}). */
    String versionTable() default MigrationsSettings.DEFAULT_VERSION_TABLE;

    /** The history table, as the application names it ({@code opsdb.migrations.history-table}). */
    String historyTable() default MigrationsSettings.DEFAULT_HISTORY_TABLE;

    /**
     * The schema of the version and history tables ({@code opsdb.migrations.table-schema}); empty for the
     * connection's search path.
     */
    String tableSchema() default "";

    /**
     * How revisions are grouped into transactions ({@code opsdb.migrations.transaction-mode}), e.g.
     * {@code transactionMode = TransactionMode.SINGLE}; none given means the default of {@link MigrationsSettings}.
     */
    TransactionMode[] transactionMode() default {};

    /**
     * The comparison behind {@link StandardCheck#MODELS_MATCH} and {@link StandardCheck#INIT_MATCHES_MIGRATIONS} (a
     * class with a no-argument constructor, e.g. an {@link EntityModelComparison}); without one both checks are
     * reported as skipped.
     */
    Class<? extends ModelComparison> modelComparison() default ModelComparison.class;
}
