package org.opsdb.migrations.autoconfigure.jpaapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.opsdb.migrations.autoconfigure.guard.ProductionProfileException;
import org.opsdb.migrations.autoconfigure.hibernate.MigrationsSchemaManagementProvider;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.springframework.boot.jdbc.SchemaManagement;
import javax.sql.DataSource;
import org.opsdb.migrations.autoconfigure.Catalog;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A JPA service with {@code ddl-auto=validate} boots on an empty database because the migrations run before the
 * EntityManagerFactory; it boots again with nothing to do.
 */
@ExtendWith(OutputCaptureExtension.class)
@Isolated("captures standard output, which other test classes running in parallel would write to")
class JpaApplicationTests {

    private static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
        return new SpringApplicationBuilder(TelescopeApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                        "spring.main.banner-mode=off")
                .properties(properties)
                .run();
    }

    @Test
    void bootsOnAnEmptyDatabaseThenAgainWithNothingToDo(CapturedOutput output) {
        try (TestDatabase db = PostgresServer.shared().createDatabase("boot_jpa")) {
            try (ConfigurableApplicationContext context = start(db, "spring.jpa.hibernate.ddl-auto=validate")) {
                EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
                var em = emf.createEntityManager();
                em.getTransaction().begin();
                em.persist(new Telescope(1L, "FYST", "Cerro Chajnantor"));
                em.getTransaction().commit();
                em.close();
            }
            assertThat(output.getOut()).containsPattern(
                    "Applied 3 revisions \\(base -> c3c3c3c3c3c3\\) in \\d+ ms");
            int firstLength = output.getOut().length();

            try (ConfigurableApplicationContext context = start(db, "spring.jpa.hibernate.ddl-auto=validate")) {
                assertThat(context.isRunning()).isTrue();
            }
            assertThat(output.getOut().substring(firstLength)).contains("Database is up to date at c3c3c3c3c3c3")
                    .doesNotContain("Applied ");

            Catalog catalog = new Catalog(db.dataSource());
            assertThat(catalog.tables()).containsExactly("alembic_version", "observation", "opsdb_migration_history",
                    "telescope");
            assertThat(catalog.strings("SELECT version_num FROM alembic_version")).containsExactly("c3c3c3c3c3c3");
            assertThat(catalog.strings("SELECT revision || ' ' || direction FROM opsdb_migration_history ORDER BY id"))
                    .containsExactly("a1a1a1a1a1a1 up", "b2b2b2b2b2b2 up", "c3c3c3c3c3c3 up");
            assertThat(catalog.strings("SELECT name || '@' || site FROM telescope"))
                    .containsExactly("FYST@Cerro Chajnantor");
        }
    }

    @Test
    void ddlAutoDefaultsToNoneWithTheStarter() {
        try (TestDatabase db = PostgresServer.shared().createDatabase("boot_jpa_ddl");
             ConfigurableApplicationContext context = start(db, "opsdb.migrations.target=a1a1a1a1a1a1")) {
            EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
            // Boot leaves hibernate.hbm2ddl.auto out when ddl-auto resolves to none
            assertThat(emf.getProperties()).doesNotContainKey("hibernate.hbm2ddl.auto");
            assertThat(context.getBean(MigrationsSchemaManagementProvider.class)
                    .getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED);
            // Hibernate created nothing: only what revision a1a1a1a1a1a1 created is there
            assertThat(new Catalog(db.dataSource()).tables())
                    .containsExactly("alembic_version", "opsdb_migration_history", "telescope");
        }
    }

    @Test
    void initCreatesTheSchemaFromTheEntitiesAndStampsTheHeadAndDropIsRefusedInProduction() {
        try (TestDatabase db = PostgresServer.shared().createDatabase("boot_jpa_init")) {
            try (ConfigurableApplicationContext context = start(db, "opsdb.migrations.on-boot=none",
                    "spring.profiles.active=production-eu")) {
                DatabaseInitService init = context.getBean(DatabaseInitService.class);
                MigrationResult result = init.init(false);
                assertThat(result.headsAfter()).containsExactly("c3c3c3c3c3c3");
                Catalog catalog = new Catalog(db.dataSource());
                assertThat(catalog.tables()).containsExactly("alembic_version", "observation",
                        "opsdb_migration_history", "telescope");
                assertThat(catalog.strings("SELECT version_num FROM alembic_version")).containsExactly("c3c3c3c3c3c3");

                assertThatThrownBy(() -> init.init(false)).isInstanceOf(MigrationException.class)
                        .hasMessageStartingWith("init refused: the database already holds 2 table(s)");
                assertThatThrownBy(() -> init.init(true)).isInstanceOf(ProductionProfileException.class)
                        .hasMessage("Refusing to run 'init --drop': active profile 'production-eu' matches"
                                + " opsdb.migrations.guarded-profiles (prod, prod-*, *-prod, *production*); add --allow-destructive to run it anyway");
                assertThat(catalog.tables()).containsExactly("alembic_version", "observation",
                        "opsdb_migration_history", "telescope");
            }
            try (ConfigurableApplicationContext context = start(db, "opsdb.migrations.on-boot=none",
                    "spring.profiles.active=local")) {
                context.getBean(DatabaseInitService.class).init(true);
                assertThat(new Catalog(db.dataSource()).strings("SELECT version_num FROM alembic_version"))
                        .containsExactly("c3c3c3c3c3c3");
            }
        }
    }

    /**
     * Hibernate logs {@code HHH10001005: Database info: Database JDBC URL [URL]} at INFO on every start, the URL
     * whole; the starter keeps that logger at WARN unless the application sets its level (then the line, and the
     * password in it, are back: the application asked for them).
     */
    @Test
    void aPasswordInTheJdbcUrlIsNotLoggedByHibernate(CapturedOutput output) {
        String secret = "S3cr3t-in-the-url";
        try (TestDatabase db = PostgresServer.shared().createDatabase("boot_jpa_url_password")) {
            // the test server trusts the login, so the password in the URL is accepted and not checked
            String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "password=" + secret;
            try (ConfigurableApplicationContext context = start(db, "spring.datasource.url=" + url)) {
                assertThat(context.isRunning()).isTrue();
            }
            assertThat(output.getAll()).contains("Applied 3 revisions").doesNotContain(secret)
                    .doesNotContain("HHH10001005");
            int before = output.getAll().length();
            try (ConfigurableApplicationContext context = start(db, "spring.datasource.url=" + url,
                    "logging.level.org.hibernate=info")) {
                assertThat(context.isRunning()).isTrue();
            }
            assertThat(output.getAll().substring(before)).contains("HHH10001005").contains(secret);
        }
    }
}
