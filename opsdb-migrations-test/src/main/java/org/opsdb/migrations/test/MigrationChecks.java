package org.opsdb.migrations.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

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
 * {@link MigrationCheck#of} from a {@code @TestFactory} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MigrationChecks {

    /** Where the scripts are; {@code classpath:db/migrations} by default. */
    String[] locations() default {"classpath:db/migrations"};

    /** The expected heads (ids or unique prefixes); empty means exactly one head. */
    String[] heads() default {};

    /** The checks to run; empty means every {@link StandardCheck}. */
    StandardCheck[] checks() default {};

    /** Checks to leave out. */
    StandardCheck[] skip() default {};

    /** Tables to leave out of schema snapshots, beside the version and history tables. */
    String[] excludeTables() default {};

    /** The version table name, when the application changed it. */
    String versionTable() default "";

    /** The history table name, when the application changed it. */
    String historyTable() default "";

    /**
     * The comparison behind {@link StandardCheck#MODELS_MATCH} and {@link StandardCheck#INIT_MATCHES_MIGRATIONS} (a
     * class with a no-argument constructor, e.g. an {@link EntityModelComparison}); without one both checks are
     * reported as skipped.
     */
    Class<? extends ModelComparison> modelComparison() default ModelComparison.class;
}
