package org.opsdb.demo;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.hibernate.MetadataCapture;
import org.opsdb.migrations.test.EntityModelComparison;
import org.opsdb.migrations.test.MigrationCheck;
import org.opsdb.migrations.test.StandardCheck;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test kit inside a {@code @SpringBootTest}: every standard check on the application's own {@link Migrations}
 * bean and DataSource, with models-match comparing the entities the application booted with.
 */
@ResourceLock(SpringBootLogging.LOCK)
@FreshDatabase
@SpringBootTest(properties = "opsdb.demo.embedded.enabled=false")
class SpringBootMigrationChecksTest {

    private static TestDatabase db;

    @BeforeAll
    static void database(TestDatabase database) {
        db = database;
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        TestDatabaseProperties.register(registry, () -> db);
    }

    @TestFactory
    Stream<DynamicTest> everyStandardCheck(@Autowired Migrations migrations, @Autowired MetadataCapture capture) {
        return MigrationCheck.of(migrations).checks(StandardCheck.values()).modelsMatch(EntityModelComparison.booted(capture))
                .dynamicTests();
    }
}
