package org.opsdb.migrations.testdb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class a new, empty PostgreSQL database of its own on the shared
 * {@link PostgresServer}: created before all its tests, dropped after all of them.
 *
 * <p>Declare a parameter of type {@link TestDatabase} in the constructor, a {@code @BeforeAll},
 * {@code @BeforeEach} or {@code @AfterEach} method, or a test method to get it; every one of them gets the same
 * instance. {@code @Nested} classes share the database of the class that encloses them. The database name starts
 * with the test class's simple name in snake case. Test classes may run in parallel.
 *
 * <pre>{@code
 * @FreshDatabase
 * class UpgradeTest {
 *     @Test
 *     void upgradesToHead(TestDatabase db) throws SQLException {
 *         try (Connection c = db.openConnection()) { ... }
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FreshDatabaseExtension.class)
public @interface FreshDatabase {
}
