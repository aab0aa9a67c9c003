package org.opsdb.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

@FreshDatabase
class MigrationCheckApiTest {

    private final TestDatabase db;

    MigrationCheckApiTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void print() {
        for (String set : List.of("good", "enum_trace", "two_heads", "no_downgrade", "failing_upgrade")) {
            List<CheckResult> results = MigrationCheck.forLocations("classpath:db/checks_" + set)
                    .dataSource(db.dataSource()).all().run();
            System.out.println("=== " + set);
            results.forEach(r -> System.out.println(r));
        }
    }
}
