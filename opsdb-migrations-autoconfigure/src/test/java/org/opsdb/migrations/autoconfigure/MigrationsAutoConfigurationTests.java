package org.opsdb.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.autoconfigure.hibernate.MigrationsSchemaManagementProvider;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.autoconfigure.runner.MigrationRunner;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.runtime.MigrationListener;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** {@link MigrationsAutoConfiguration} on a real PostgreSQL: each test gets its own fresh database. */
class MigrationsAutoConfigurationTests {

    static final String A = "a1a1a1a1a1a1";
    static final String B = "b2b2b2b2b2b2";
    static final String C = "c3c3c3c3c3c3";
    static final String D = "d4d4d4d4d4d4";

    private final List<TestDatabase> databases = new ArrayList<>();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase freshDatabase() {
        TestDatabase db = PostgresServer.shared().createDatabase("boot_autoconfig");
        databases.add(db);
        return db;
    }

    private ApplicationContextRunner on(TestDatabase db) {
        return runner.withBean(DataSource.class, db::dataSource);
    }

    @Test
    void migratesEveryRevisionOnStartupAndDefinesTheBeans() {
        TestDatabase db = freshDatabase();
        on(db).run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(Migrations.class).hasSingleBean(MigrationRunner.class)
                    .hasSingleBean(MigrationStatusReader.class).hasSingleBean(ProductionGuard.class)
                    .hasSingleBean(DatabaseInitService.class).hasSingleBean(MigrationsSchemaManagementProvider.class)
                    .hasBean("migrations").hasBean("migrationRunner").hasBean("productionGuard")
                    .hasBean("databaseInitService");
            Catalog catalog = new Catalog(db.dataSource());
            assertThat(catalog.tables()).containsExactly("alembic_version", "observation", "opsdb_migration_history",
                    "telescope");
            assertThat(catalog.strings("SELECT version_num FROM alembic_version")).containsExactly(C);
            assertThat(catalog.strings("SELECT revision || ' ' || direction || ' ' || success"
                    + " FROM opsdb_migration_history ORDER BY id"))
                    .containsExactly(A + " up true", B + " up true", C + " up true");
            assertThat(catalog.strings("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'telescope' ORDER BY ordinal_position")).containsExactly("id", "name", "site");
        });
    }

    @Test
    void secondStartHasNothingToDo() {
        TestDatabase db = freshDatabase();
        on(db).run(context -> assertThat(context).hasNotFailed());
        on(db).run(context -> assertThat(context).hasNotFailed());
        assertThat(new Catalog(db.dataSource()).strings("SELECT count(*) FROM opsdb_migration_history"))
                .containsExactly("3");
    }

    @Test
    void disabledDefinesNothingAndTouchesNothing() {
        TestDatabase db = freshDatabase();
        on(db).withPropertyValues("opsdb.migrations.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class)
                    .doesNotHaveBean(MigrationRunner.class).doesNotHaveBean(ProductionGuard.class);
            assertThat(new Catalog(db.dataSource()).tables()).isEmpty();
        });
    }

    @Test
    void withoutDataSourceDefinesNothing() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class)
                .doesNotHaveBean(MigrationRunner.class));
    }

    @Test
    void customLocationsTablesAndSchema() {
        TestDatabase db = freshDatabase();
        Catalog catalog = new Catalog(db.dataSource());
        catalog.execute("CREATE SCHEMA meta");
        on(db).withPropertyValues("opsdb.migrations.locations=classpath:db/other",
                "opsdb.migrations.version-table=my_version", "opsdb.migrations.history-table=my_history",
                "opsdb.migrations.table-schema=meta").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(catalog.tables()).containsExactly("other_thing");
                    assertThat(catalog.tables("meta")).containsExactly("my_history", "my_version");
                    assertThat(catalog.strings("SELECT version_num FROM meta.my_version")).containsExactly(D);
                });
    }

    @Test
    void severalLocationsFormOneGraph() {
        TestDatabase db = freshDatabase();
        on(db).withPropertyValues("opsdb.migrations.locations=classpath:db/migrations,classpath:db/other")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(new Catalog(db.dataSource()).strings(
                            "SELECT version_num FROM alembic_version ORDER BY 1")).containsExactly(C, D);
                });
    }

    @Test
    void targetStopsTheUpgrade() {
        TestDatabase db = freshDatabase();
        on(db).withPropertyValues("opsdb.migrations.target=" + B).run(context -> {
            assertThat(context).hasNotFailed();
            Catalog catalog = new Catalog(db.dataSource());
            assertThat(catalog.strings("SELECT version_num FROM alembic_version")).containsExactly(B);
            assertThat(catalog.strings("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'telescope' ORDER BY ordinal_position")).containsExactly("id", "name");
        });
    }

    @Test
    void transactionModeAndLockTimeoutAreBound() {
        TestDatabase db = freshDatabase();
        on(db).withPropertyValues("opsdb.migrations.transaction-mode=single", "opsdb.migrations.lock-timeout=5s",
                "opsdb.migrations.validate-checksums=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    MigrationsProperties properties = context.getBean(MigrationsProperties.class);
                    assertThat(properties.getTransactionMode().name()).isEqualTo("SINGLE");
                    assertThat(properties.getLockTimeout()).hasSeconds(5);
                    assertThat(properties.isValidateChecksums()).isFalse();
                });
    }

    @Test
    void customizersAndListenerBeansAreApplied() {
        TestDatabase db = freshDatabase();
        on(db).withUserConfiguration(CustomizerConfiguration.class).run(context -> {
            assertThat(context).hasNotFailed();
            Catalog catalog = new Catalog(db.dataSource());
            assertThat(catalog.strings("SELECT version_num FROM customized_version")).containsExactly(C);
            assertThat(catalog.tables()).doesNotContain("alembic_version");
            assertThat(context.getBean(RecordingListener.class).steps).containsExactly(A, B, C);
        });
    }

    @Test
    void migratesTheDataSourceMarkedMigrationsDataSource() {
        TestDatabase main = freshDatabase();
        TestDatabase dedicated = freshDatabase();
        runner.withBean("mainDataSource", DataSource.class, main::dataSource, bd -> bd.setPrimary(true))
                .withUserConfiguration(DedicatedDataSourceConfiguration.class)
                .withBean(TestDatabase.class, () -> dedicated)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(new Catalog(main.dataSource()).tables()).isEmpty();
                    assertThat(new Catalog(dedicated.dataSource()).strings("SELECT version_num FROM alembic_version"))
                            .containsExactly(C);
                    assertThat(context.getBean(Migrations.class).dataSource()).containsSame(dedicated.dataSource());
                    // the main DataSource is not managed by migrations, so Hibernate keeps its own default
                    assertThat(context.getBean(MigrationsSchemaManagementProvider.class)
                            .getSchemaManagement(main.dataSource())).isEqualTo(SchemaManagement.UNMANAGED);
                });
    }

    @Test
    void migratesTheDatabaseAtMigrationsUrl() {
        TestDatabase main = freshDatabase();
        TestDatabase other = freshDatabase();
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + main.jdbcUrl(),
                        "spring.datasource.username=" + main.username(),
                        "opsdb.migrations.url=" + other.jdbcUrl(), "opsdb.migrations.user=" + other.username())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(new Catalog(main.dataSource()).tables()).isEmpty();
                    assertThat(new Catalog(other.dataSource()).strings("SELECT version_num FROM alembic_version"))
                            .containsExactly(C);
                });
    }

    @Test
    void aConnectionDetailsBeanOfTheApplicationIsWhereTheMigrationsConnect() {
        TestDatabase main = freshDatabase();
        TestDatabase other = freshDatabase();
        MigrationsConnectionDetails details = new MigrationsConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return other.jdbcUrl();
            }

            @Override
            public String getUsername() {
                return other.username();
            }

            @Override
            public String getPassword() {
                return other.password();
            }
        };
        // as Testcontainers' @ServiceConnection would define it: it wins over opsdb.migrations.url
        on(main).withBean(MigrationsConnectionDetails.class, () -> details)
                .withPropertyValues("opsdb.migrations.url=jdbc:postgresql://opsdb-no-such-host.invalid/x")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesMigrationsConnectionDetails.class);
                    assertThat(new Catalog(main.dataSource()).tables()).isEmpty();
                    assertThat(new Catalog(other.dataSource()).strings("SELECT version_num FROM alembic_version"))
                            .containsExactly(C);
                });
        // and is enough without any DataSource bean
        runner.withBean(MigrationsConnectionDetails.class, () -> details).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationRunner.class);
            assertThat(context.getBean(Migrations.class).dataSource()).isPresent();
        });
    }

    @Test
    void theUrlPropertiesAreTheDefaultConnectionDetails() {
        TestDatabase db = freshDatabase();
        runner.withPropertyValues("opsdb.migrations.url=" + db.jdbcUrl(), "opsdb.migrations.user=" + db.username())
                .run(context -> {
                    MigrationsConnectionDetails details = context.getBean(MigrationsConnectionDetails.class);
                    assertThat(details).isInstanceOf(PropertiesMigrationsConnectionDetails.class);
                    assertThat(details.getJdbcUrl()).isEqualTo(db.jdbcUrl());
                    assertThat(details.getUsername()).isEqualTo(db.username());
                    assertThat(details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
                });
    }

    @Test
    void urlAloneIsEnoughWithoutAnyDataSourceBean() {
        TestDatabase db = freshDatabase();
        runner.withPropertyValues("opsdb.migrations.url=" + db.jdbcUrl(), "opsdb.migrations.user=" + db.username())
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MigrationRunner.class);
                    assertThat(new Catalog(db.dataSource()).strings("SELECT version_num FROM alembic_version"))
                            .containsExactly(C);
                });
    }

    @Test
    void schemaManagementProviderMarksTheMigratedDataSourceManaged() {
        TestDatabase db = freshDatabase();
        TestDatabase other = freshDatabase();
        on(db).run(context -> {
            MigrationsSchemaManagementProvider provider = context.getBean(MigrationsSchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(other.dataSource())).isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void onBootNoneTouchesNothing() {
        TestDatabase db = freshDatabase();
        on(db).withPropertyValues("opsdb.migrations.on-boot=none").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationRunner.class);
            assertThat(new Catalog(db.dataSource()).tables()).isEmpty();
        });
    }

    @Test
    void onBootValidateFailsWithPendingRevisionsAndChangesNothing() {
        TestDatabase db = freshDatabase();
        on(db).withPropertyValues("opsdb.migrations.on-boot=validate").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessage(
                    "Database at base is not at heads: 3 revisions pending (" + A + ", " + B + ", " + C
                            + "); apply them, or set opsdb.migrations.on-boot=migrate");
            assertThat(new Catalog(db.dataSource()).tables()).isEmpty();
        });
    }

    @Test
    void onBootValidateNamesTheTargetAndOnlyWhatIsPendingUpToIt() {
        TestDatabase db = freshDatabase();
        on(db).withPropertyValues("opsdb.migrations.target=" + A).run(context -> assertThat(context).hasNotFailed());
        on(db).withPropertyValues("opsdb.migrations.on-boot=validate", "opsdb.migrations.target=" + B)
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessage(
                        "Database at " + A + " is not at " + B + ": 1 revision pending (" + B
                                + "); apply them, or set opsdb.migrations.on-boot=migrate"));
    }

    @Test
    void onBootValidatePassesWhenUpToDate() {
        TestDatabase db = freshDatabase();
        on(db).run(context -> assertThat(context).hasNotFailed());
        on(db).withPropertyValues("opsdb.migrations.on-boot=validate")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void onBootValidateFailsWhenAnAppliedScriptChanged(@TempDir Path dir) throws Exception {
        TestDatabase db = freshDatabase();
        Path script = dir.resolve("d4d4d4d4d4d4_create_other_thing.sql");
        Files.copy(Path.of("src/test/resources/db/other/d4d4d4d4d4d4_create_other_thing.sql"), script);
        on(db).withPropertyValues("opsdb.migrations.locations=" + dir).run(context -> assertThat(context).hasNotFailed());
        Files.writeString(script, Files.readString(script).replace("(id bigint PRIMARY KEY)", "(id integer PRIMARY KEY)"));

        on(db).withPropertyValues("opsdb.migrations.locations=" + dir, "opsdb.migrations.on-boot=validate")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageStartingWith("Revision " + D + " (" + script + ") was changed after it was applied"
                                + " (checksum ")
                        .hasMessageEndingWith("; restore it, or set opsdb.migrations.validate-checksums=false"));
        on(db).withPropertyValues("opsdb.migrations.locations=" + dir, "opsdb.migrations.on-boot=validate",
                "opsdb.migrations.validate-checksums=false").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void lintFailRefusesToStartBeforeAPendingRevisionWithAFindingRuns(@TempDir Path dir) throws Exception {
        TestDatabase db = freshDatabase();
        Files.writeString(dir.resolve("e5e5e5e5e5e5_create_obs.sql"), "-- revision: e5e5e5e5e5e5\n-- down_revision:\n"
                + "-- message: create obs\n\n-- upgrade\nCREATE TABLE obs (id bigint PRIMARY KEY, code text);\n");
        Path index = dir.resolve("f6f6f6f6f6f6_index_obs.sql");
        Files.writeString(index, "-- revision: f6f6f6f6f6f6\n-- down_revision: e5e5e5e5e5e5\n-- message: index obs\n\n"
                + "-- upgrade\nCREATE INDEX obs_code_idx ON obs (code);\n");
        on(db).withPropertyValues("opsdb.migrations.locations=" + dir, "opsdb.migrations.target=e5e5e5e5e5e5")
                .run(context -> assertThat(context).hasNotFailed());

        on(db).withPropertyValues("opsdb.migrations.locations=" + dir, "opsdb.migrations.lint=fail")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessage(
                        "Can't upgrade: the pending revisions have 1 lint finding, the first: " + index
                                + ":6: [index-without-concurrently] CREATE INDEX obs_code_idx on obs without"
                                + " CONCURRENTLY, blocks every write to the table for the whole build; safe form:"
                                + " CREATE INDEX CONCURRENTLY in an outside-transaction block; set"
                                + " opsdb.migrations.lint=warn to run it anyway, or allow the finding in the script"
                                + " with a reason"));
        Catalog catalog = new Catalog(db.dataSource());
        assertThat(catalog.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'obs'")).containsExactly(
                "obs_pkey");
        assertThat(catalog.strings("SELECT version_num FROM alembic_version")).containsExactly("e5e5e5e5e5e5");

        on(db).withPropertyValues("opsdb.migrations.locations=" + dir)
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(catalog.strings("SELECT version_num FROM alembic_version")).containsExactly("f6f6f6f6f6f6");
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        @Bean
        MigrationsConfigurationCustomizer versionTableCustomizer() {
            return configuration -> configuration.versionTable("customized_version");
        }

        @Bean
        RecordingListener recordingListener() {
            return new RecordingListener();
        }
    }

    static class RecordingListener implements MigrationListener {

        final List<String> steps = new ArrayList<>();

        @Override
        public void afterStep(Step step, java.time.Duration duration) {
            steps.add(step.id());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DedicatedDataSourceConfiguration {

        @Bean
        @MigrationsDataSource
        DataSource dedicatedDataSource(TestDatabase dedicated) {
            return dedicated.dataSource();
        }
    }
}
