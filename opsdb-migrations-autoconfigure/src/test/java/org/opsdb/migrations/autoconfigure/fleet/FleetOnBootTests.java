package org.opsdb.migrations.autoconfigure.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.autoconfigure.Catalog;
import org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsEndpoint;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsEndpointAutoConfiguration;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsFleetEndpoint;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsFleetHealthIndicator;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsHealthContributorAutoConfiguration;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsHealthIndicator;
import org.opsdb.migrations.autoconfigure.runner.FleetMigrationRunner;
import org.opsdb.migrations.autoconfigure.runner.MigrationRunner;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service whose tenants are schemas: the starter migrates every schema the {@code opsdb.migrations.fleet.*}
 * properties name before the beans that depend on database initialization (JPA's, {@code JdbcTemplate}s), a failed
 * tenant fails the boot with one line, a failed canary leaves the rest untouched, and the actuator endpoint and
 * health report every tenant. One database for the class; each test has schemas of its own prefix.
 */
@FreshDatabase
class FleetOnBootTests {

    static final String A = "a1a1a1a1a1a1";
    static final String B = "b2b2b2b2b2b2";
    static final String C = "c3c3c3c3c3c3";
    static final List<String> TENANT_TABLES = List.of("alembic_version", "observation", "opsdb_migration_history",
            "telescope");
    /** What revision b2… (CREATE TABLE observation) fails with in a schema that already has that table. */
    static final String OBSERVATION_EXISTS = "Revision b2b2b2b2b2b2 (db/migrations/b2b2b2b2b2b2_create_observation.sql)"
            + " failed in upgrade at line 7: ERROR: relation \"observation\" already exists; statement: CREATE TABLE"
            + " observation ( id bigint PRIMARY KEY, telescope_id bigint REFERENCES telescope (id), target varchar(255) )";

    private final TestDatabase db;
    private final Catalog catalog;
    private final ApplicationContextRunner runner;

    FleetOnBootTests(TestDatabase db) {
        this.db = db;
        this.catalog = new Catalog(db.dataSource());
        this.runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
                        MigrationsEndpointAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class))
                .withBean(DataSource.class, db::dataSource)
                .withPropertyValues("management.endpoints.web.exposure.include=migrations");
    }

    /** Creates {@code count} empty schemas {@code prefix_01}, … and returns their names. */
    private List<String> schemas(String prefix, int count) {
        List<String> names = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%s_%02d", prefix, i))
                .toList();
        names.forEach(name -> catalog.execute("CREATE SCHEMA " + name));
        return names;
    }

    private static String query(String prefix) {
        return "opsdb.migrations.fleet.schemas-query=SELECT nspname FROM pg_namespace WHERE nspname LIKE '"
                + prefix + "\\_%'";
    }

    private List<String> history(String schema) {
        return catalog.strings("SELECT revision || ' ' || direction || ' ' || success FROM " + schema
                + ".opsdb_migration_history ORDER BY id");
    }

    private void assertAtHead(String schema) {
        assertThat(catalog.tables(schema)).as(schema).containsExactlyElementsOf(TENANT_TABLES);
        assertThat(catalog.strings("SELECT version_num FROM " + schema + ".alembic_version")).as(schema)
                .containsExactly(C);
        assertThat(history(schema)).as(schema).containsExactly(A + " up true", B + " up true", C + " up true");
    }

    private static Throwable rootCause(Throwable error) {
        while (error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    @Test
    void bootMigratesEverySchemaBeforeTheBeansThatDependOnDatabaseInitialization() {
        List<String> tenants = schemas("boot", 24);
        runner.withUserConfiguration(TenantReaderConfiguration.class)
                .withPropertyValues(query("boot"), "opsdb.migrations.fleet.parallel=6").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(FleetMigrationRunner.class)
                            .doesNotHaveBean(MigrationRunner.class).hasSingleBean(MigrationsFleetEndpoint.class)
                            .doesNotHaveBean(MigrationsEndpoint.class)
                            .hasSingleBean(MigrationsFleetHealthIndicator.class)
                            .doesNotHaveBean(MigrationsHealthIndicator.class);
                    Map<String, List<String>> seen = context.getBean(TenantReader.class).versions;
                    assertThat(seen.keySet()).containsExactlyElementsOf(tenants);
                    assertThat(seen.values()).allSatisfy(versions -> assertThat(versions).containsExactly(C));

                    Health health = context.getBean(MigrationsFleetHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("targets", 24).containsEntry("upToDate", 24)
                            .containsEntry("behind", List.of()).containsEntry("failed", Map.of());
                });
        tenants.forEach(this::assertAtHead);
        assertThat(catalog.tables("public")).as("the database's own schema").isEmpty();
    }

    @Test
    void aFailedTenantFailsTheBootWithOneLineAndTheOthersStillRun() {
        List<String> tenants = schemas("fail", 6);
        catalog.execute("CREATE TABLE fail_03.observation (id int)");
        runner.withPropertyValues(query("fail"), "opsdb.migrations.fleet.parallel=2").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessage("Fleet upgrade heads: 1 of 6 targets did"
                    + " not reach heads: fail_03 failed: " + OBSERVATION_EXISTS);
        });
        assertThat(catalog.tables("fail_03")).containsExactly("alembic_version", "observation",
                "opsdb_migration_history", "telescope");
        assertThat(catalog.strings("SELECT version_num FROM fail_03.alembic_version")).containsExactly(A);
        tenants.stream().filter(tenant -> !tenant.equals("fail_03")).forEach(this::assertAtHead);
    }

    @Test
    void maxFailuresStopsStartingTargets() {
        schemas("max", 5);
        catalog.execute("CREATE TABLE max_02.observation (id int)");
        runner.withPropertyValues(query("max"), "opsdb.migrations.fleet.parallel=1",
                "opsdb.migrations.fleet.max-failures=1").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure())).hasMessage("Fleet upgrade heads: 4 of 5"
                            + " targets did not reach heads: max_02 failed: " + OBSERVATION_EXISTS
                            + "; 3 skipped: not run: 1 target failed"
                            + " (max failures 1)");
                });
        assertAtHead("max_01");
        for (String untouched : List.of("max_03", "max_04", "max_05")) {
            assertThat(catalog.tables(untouched)).as(untouched).isEmpty();
        }
    }

    @Test
    void aFailedCanaryLeavesTheRestUntouched() {
        schemas("canary", 8);
        catalog.execute("CREATE TABLE canary_01.observation (id int)");
        runner.withPropertyValues(query("canary"), "opsdb.migrations.fleet.canary=2",
                "opsdb.migrations.fleet.parallel=4").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure())).hasMessage("Fleet upgrade heads: 7 of 8"
                            + " targets did not reach heads: canary_01 failed: " + OBSERVATION_EXISTS
                            + "; 6 skipped: not run: a canary target failed");
                });
        assertAtHead("canary_02");
        for (int i = 3; i <= 8; i++) {
            assertThat(catalog.tables("canary_0" + i)).as("canary_0" + i).isEmpty();
        }
    }

    @Test
    void validateOnBootFailsNamingTheTenantsBehindAndChangesNothing() {
        schemas("valid", 3);
        runner.withPropertyValues(query("valid"), "opsdb.migrations.on-boot=validate").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessage("Fleet current heads: 3 of 3 targets did"
                    + " not reach heads: valid_01, valid_02, valid_03 behind; run 'fleet upgrade heads', or set"
                    + " opsdb.migrations.on-boot=migrate");
        });
        for (String schema : List.of("valid_01", "valid_02", "valid_03")) {
            assertThat(catalog.tables(schema)).as(schema).isEmpty();
        }
    }

    @Test
    void twoTargetSourcesFailTheBootNamingBoth() {
        runner.withPropertyValues("opsdb.migrations.fleet.schemas=x_01,x_02", query("x")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessage("Set only one of"
                    + " opsdb.migrations.fleet.schemas and opsdb.migrations.fleet.schemas-query: each names a fleet's"
                    + " targets");
        });
        assertThat(catalog.tables("public")).isEmpty();
    }

    @Test
    void withOnFailureContinueTheBootGoesOnAndTheEndpointAndHealthReportEveryTenant() {
        schemas("each", 5);
        catalog.execute("CREATE TABLE each_02.observation (id int)");
        catalog.execute("CREATE TABLE each_04.alembic_version (version_num varchar(32) PRIMARY KEY);"
                + " INSERT INTO each_04.alembic_version VALUES ('deadbeef0000')");
        String unknown = "Version table each_04.alembic_version holds revision deadbeef0000, which is not among the"
                + " scripts in classpath:db/migrations";
        runner.withPropertyValues(query("each"), "opsdb.migrations.fleet.on-failure=continue").run(context -> {
            assertThat(context).hasNotFailed();
            String json = JsonMapper.builder().build()
                    .writeValueAsString(context.getBean(MigrationsFleetEndpoint.class).migrations());
            assertThat(json).isEqualTo("{\"target\":\"heads\",\"heads\":[\"" + C + "\"],\"targets\":5,\"upToDate\":3,"
                    + "\"behind\":[\"each_02\"],\"failed\":{\"each_04\":\"" + unknown + "\"},\"results\":["
                    + "{\"target\":\"each_01\",\"kind\":\"schema\",\"current\":[\"" + C + "\"],\"state\":\"ok\",\"reason\":null},"
                    + "{\"target\":\"each_02\",\"kind\":\"schema\",\"current\":[\"" + A + "\"],\"state\":\"behind\",\"reason\":null},"
                    + "{\"target\":\"each_03\",\"kind\":\"schema\",\"current\":[\"" + C + "\"],\"state\":\"ok\",\"reason\":null},"
                    + "{\"target\":\"each_04\",\"kind\":\"schema\",\"current\":null,\"state\":\"failed\",\"reason\":\"" + unknown + "\"},"
                    + "{\"target\":\"each_05\",\"kind\":\"schema\",\"current\":[\"" + C + "\"],\"state\":\"ok\",\"reason\":null}"
                    + "]}");

            Health health = context.getBean(MigrationsFleetHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("target", "heads");
            details.put("targets", 5);
            details.put("upToDate", 3);
            details.put("behind", List.of("each_02"));
            details.put("failed", Map.of("each_04", unknown));
            assertThat(health.getDetails()).containsExactlyEntriesOf(details);
        });
    }

    @Test
    void jdbcUrlTargetsAreMigratedAndReportedAsUrls() {
        schemas("url", 1);
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "user=" + db.username()
                + (db.password() == null ? "" : "&password=" + db.password()) + "&currentSchema=url_01";
        runner.withPropertyValues("opsdb.migrations.fleet.targets=" + url).run(context -> {
            assertThat(context).hasNotFailed();
            MigrationsFleetEndpoint.FleetDescriptor descriptor = context.getBean(MigrationsFleetEndpoint.class)
                    .migrations();
            assertThat(descriptor.results()).extracting(r -> r.kind() + " " + r.current() + " " + r.state())
                    .containsExactly("url [" + C + "] ok");
            assertThat(descriptor.upToDate()).isEqualTo(1);
        });
        assertAtHead("url_01");
    }

    /** A bean that, like an {@code EntityManagerFactory}, needs the database initialized: reads every tenant. */
    @Configuration(proxyBeanMethods = false)
    static class TenantReaderConfiguration {

        @Bean
        @DependsOnDatabaseInitialization
        TenantReader tenantReader(DataSource dataSource) throws SQLException {
            return new TenantReader(dataSource);
        }
    }

    /** The version of every {@code boot_} schema, as read when the bean was created. */
    static final class TenantReader {

        final Map<String, List<String>> versions = new LinkedHashMap<>();

        TenantReader(DataSource dataSource) throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                List<String> schemas = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'boot\\_%'"
                        + " ORDER BY 1")) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
                for (String schema : schemas) {
                    List<String> found = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + schema + ".alembic_version') IS NULL")) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            versions.put(schema, found);
                            continue;
                        }
                    }
                    try (ResultSet rs = st.executeQuery("SELECT version_num FROM " + schema + ".alembic_version")) {
                        while (rs.next()) {
                            found.add(rs.getString(1));
                        }
                    }
                    versions.put(schema, found);
                }
            }
        }
    }
}
