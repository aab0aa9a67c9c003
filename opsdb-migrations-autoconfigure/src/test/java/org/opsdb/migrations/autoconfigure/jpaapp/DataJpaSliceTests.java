package org.opsdb.migrations.autoconfigure.jpaapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opsdb.migrations.autoconfigure.runner.MigrationRunner;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@code @DataJpaTest} slice migrates before the EntityManagerFactory validates the entities: the slice imports
 * the auto-configuration through {@code AutoConfigureDataSourceInitialization.imports}.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJpaSliceTests {

    // the cached test context keeps its pool open, so the database lives as long as the shared server
    static final TestDatabase db = PostgresServer.shared().createDatabase("boot_slice");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", () -> db.password() == null ? "" : db.password());
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    TestEntityManager entities;

    @Test
    void sliceMigratesAndEntitiesWork() {
        assertThat(context.getBeansOfType(MigrationRunner.class)).hasSize(1);
        entities.persistAndFlush(new Telescope(7L, "FYST", "Chajnantor"));
        assertThat(entities.find(Telescope.class, 7L).getSite()).isEqualTo("Chajnantor");
    }
}
