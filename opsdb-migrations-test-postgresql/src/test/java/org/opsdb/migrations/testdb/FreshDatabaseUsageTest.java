package org.opsdb.migrations.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FreshDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshDatabaseUsageTest {

    private static TestDatabase fromBeforeAll;

    private final TestDatabase fromConstructor;

    private TestDatabase fromBeforeEach;

    FreshDatabaseUsageTest(TestDatabase db) {
        this.fromConstructor = db;
    }

    @BeforeAll
    static void beforeAll(TestDatabase db) {
        fromBeforeAll = db;
    }

    @BeforeEach
    void beforeEach(TestDatabase db) {
        this.fromBeforeEach = db;
    }

    @Test
    @Order(1)
    void everyInjectionPointGetsTheSameFreshDatabase(TestDatabase db) throws Exception {
        assertThat(db).isSameAs(fromBeforeAll).isSameAs(this.fromConstructor).isSameAs(this.fromBeforeEach);
        assertThat(db.name()).startsWith("fresh_database_usage_test_");
        assertThat(Databases.exists(db.name())).isTrue();
        assertThat(Databases.userRelations(db)).isZero();
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id int)");
        }
    }

    @Test
    @Order(2)
    void theDatabaseLivesForTheWholeClass(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM kept")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Nested
    class Inner {

        @Test
        void nestedClassesShareTheEnclosingDatabase(TestDatabase db) {
            assertThat(db).isSameAs(fromBeforeAll);
        }
    }
}
