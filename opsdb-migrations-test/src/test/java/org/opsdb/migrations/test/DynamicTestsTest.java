package org.opsdb.migrations.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The checks as a user writes them in plain JUnit: no DataSource, so the kit makes and drops a database. */
class DynamicTestsTest {

    @TestFactory
    Stream<DynamicTest> goodSet() {
        return MigrationCheck.forLocations("classpath:db/checks_good").all().dynamicTests();
    }
}
