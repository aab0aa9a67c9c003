package org.opsdb.migrations.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsEndpoint.MigrationsDescriptor;
import org.opsdb.migrations.autoconfigure.metrics.MigrationTimerListener;
import org.opsdb.migrations.autoconfigure.metrics.MigrationsMetricsAutoConfiguration;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The migrations endpoint, health indicator and revision timers. */
class MigrationsActuatorTests {

    static final String A = "a1a1a1a1a1a1";
    static final String B = "b2b2b2b2b2b2";
    static final String C = "c3c3c3c3c3c3";

    private final List<TestDatabase> databases = new ArrayList<>();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class,
                    MigrationsMetricsAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=migrations");

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private ApplicationContextRunner onFreshDatabase() {
        TestDatabase db = PostgresServer.shared().createDatabase("boot_actuator");
        databases.add(db);
        return runner.withBean(DataSource.class, db::dataSource);
    }

    @Test
    void endpointShowsCurrentHeadsPendingAndHistoryWithDurations() {
        onFreshDatabase().withPropertyValues("opsdb.migrations.target=" + B).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationsEndpoint.class);
            MigrationsDescriptor descriptor = context.getBean(MigrationsEndpoint.class).migrations();
            assertThat(descriptor.current()).containsExactly(B);
            assertThat(descriptor.heads()).containsExactly(C);
            assertThat(descriptor.target()).isEqualTo(B);
            assertThat(descriptor.pending()).isEmpty();
            assertThat(descriptor.drifted()).isEmpty();
            assertThat(descriptor.history()).extracting(h -> h.revision() + " " + h.direction() + " " + h.success())
                    .containsExactly(A + " up true", B + " up true");
            assertThat(descriptor.history()).allSatisfy(h -> {
                assertThat(h.durationMs()).isNotNull().isGreaterThanOrEqualTo(0);
                assertThat(h.appliedAt()).isNotNull();
                assertThat(h.script()).startsWith("db/migrations/");
            });
        });
    }

    @Test
    void graphIsNodesAndEdgesWithTheCurrentRevisionsMarked() {
        // two bases (1… labelled core, 3… labelled extras), 4… depends on extras, 5… merges three; at 4… (and 3…)
        onFreshDatabase().withPropertyValues("opsdb.migrations.locations=classpath:db/graph",
                "opsdb.migrations.target=444444444444").run(context -> {
            MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
            String json = tools.jackson.databind.json.JsonMapper.builder().build()
                    .writeValueAsString(endpoint.graph("graph"));
            assertThat(json).isEqualTo("{\"nodes\":["
                    + "{\"id\":\"555555555555\",\"message\":\"create epsilon\",\"labels\":[],\"head\":true,\"base\":false,\"merge\":true,\"current\":false},"
                    + "{\"id\":\"222222222222\",\"message\":\"create beta\",\"labels\":[],\"head\":false,\"base\":false,\"merge\":false,\"current\":false},"
                    + "{\"id\":\"444444444444\",\"message\":\"create delta\",\"labels\":[],\"head\":false,\"base\":false,\"merge\":false,\"current\":true},"
                    + "{\"id\":\"333333333333\",\"message\":\"create gamma\",\"labels\":[\"extras\"],\"head\":false,\"base\":true,\"merge\":false,\"current\":true},"
                    + "{\"id\":\"111111111111\",\"message\":\"create alpha\",\"labels\":[\"core\"],\"head\":false,\"base\":true,\"merge\":false,\"current\":false}"
                    + "],\"edges\":["
                    + "{\"from\":\"222222222222\",\"to\":\"555555555555\",\"kind\":\"parent\"},"
                    + "{\"from\":\"333333333333\",\"to\":\"555555555555\",\"kind\":\"parent\"},"
                    + "{\"from\":\"444444444444\",\"to\":\"555555555555\",\"kind\":\"parent\"},"
                    + "{\"from\":\"111111111111\",\"to\":\"222222222222\",\"kind\":\"parent\"},"
                    + "{\"from\":\"111111111111\",\"to\":\"444444444444\",\"kind\":\"parent\"},"
                    + "{\"from\":\"333333333333\",\"to\":\"444444444444\",\"kind\":\"depends_on\"}"
                    + "]}");
            assertThat(endpoint.graph("other")).isNull();
        });
    }

    @Test
    void endpointListsPendingRevisionsWhenNotMigrated() {
        onFreshDatabase().withPropertyValues("opsdb.migrations.on-boot=none").run(context -> {
            MigrationsDescriptor descriptor = context.getBean(MigrationsEndpoint.class).migrations();
            assertThat(descriptor.current()).isEmpty();
            assertThat(descriptor.pending()).extracting(MigrationsEndpoint.RevisionDescriptor::revision)
                    .containsExactly(A, B, C);
            assertThat(descriptor.pending().get(0).message()).isEqualTo("create telescope");
            assertThat(descriptor.history()).isEmpty();
        });
    }

    @Test
    void endpointIsAbsentWhenNotExposed() {
        onFreshDatabase().withPropertyValues("management.endpoints.web.exposure.include=health",
                "opsdb.migrations.on-boot=none")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void healthIsUpWhenMigrated() {
        onFreshDatabase().run(context -> {
            Health health = context.getBean(MigrationsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("current", List.of(C)).containsEntry("pending", List.of());
        });
    }

    @Test
    void healthIsUpWithPendingRevisionsWhenOnBootIsNone() {
        onFreshDatabase().withPropertyValues("opsdb.migrations.on-boot=none").run(context -> {
            Health health = context.getBean(MigrationsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("pending", List.of(A, B, C));
        });
    }

    @Test
    void healthIsDownWithPendingRevisionsInValidateMode() {
        TestDatabase db = PostgresServer.shared().createDatabase("boot_actuator");
        databases.add(db);
        runner.withBean(DataSource.class, db::dataSource).withPropertyValues("opsdb.migrations.target=" + A)
                .run(context -> assertThat(context).hasNotFailed());
        // validate mode would refuse to start, so read health through a context that does not run on boot
        MigrationsHealthIndicator indicator = new MigrationsHealthIndicator(
                new org.opsdb.migrations.status.MigrationStatusReader(
                        org.opsdb.migrations.Migrations.configure().dataSource(db.dataSource()).load(), "heads", true),
                org.opsdb.migrations.autoconfigure.runner.OnBoot.VALIDATE);
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("current", List.of(A)).containsEntry("pending", List.of(B, C));
    }

    @Test
    void healthIsDisabledByProperty() {
        onFreshDatabase().withPropertyValues("management.health.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
    }

    @Test
    void revisionsAreTimedWhenAMeterRegistryExists() {
        onFreshDatabase().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationTimerListener.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            for (String revision : List.of(A, B, C)) {
                Timer timer = registry.get("opsdb.migrations.revision").tag("revision", revision)
                        .tag("direction", "up").timer();
                assertThat(timer.count()).isEqualTo(1);
            }
            assertThat(registry.get("opsdb.migrations.revision").timers()).hasSize(3);
        });
    }

    @Test
    void noTimerListenerWithoutMeterRegistry() {
        onFreshDatabase().run(context -> assertThat(context).doesNotHaveBean(MigrationTimerListener.class));
    }
}
