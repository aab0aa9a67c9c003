package org.opsdb.demo;

import java.util.function.Supplier;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a {@code @SpringBootTest}'s DataSource at a test class's fresh database. */
final class TestDatabaseProperties {

    private TestDatabaseProperties() {
    }

    static void register(DynamicPropertyRegistry registry, Supplier<TestDatabase> db) {
        registry.add("spring.datasource.url", () -> db.get().jdbcUrl());
        registry.add("spring.datasource.username", () -> db.get().username());
        registry.add("spring.datasource.password", () -> db.get().password() == null ? "" : db.get().password());
    }
}
