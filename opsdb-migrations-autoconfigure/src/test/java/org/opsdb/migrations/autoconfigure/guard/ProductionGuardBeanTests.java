package org.opsdb.migrations.autoconfigure.guard;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@link ProductionGuard} bean follows the active profiles and opsdb.migrations.guarded-profiles. */
@FreshDatabase
class ProductionGuardBeanTests {

    private final ApplicationContextRunner runner;

    ProductionGuardBeanTests(TestDatabase db) {
        this.runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withBean(DataSource.class, db::dataSource)
                .withPropertyValues("opsdb.migrations.on-boot=none");
    }

    @Test
    void defaultPatternRefusesProductionEu() {
        runner.withPropertyValues("spring.profiles.active=production-eu").run(context ->
                assertThat(context.getBean(ProductionGuard.class).productionProfile()).contains("production-eu"));
    }

    @Test
    void defaultPatternsIgnoreCase() {
        runner.withPropertyValues("spring.profiles.active=metrics,EU-Production").run(context ->
                assertThat(context.getBean(ProductionGuard.class).productionProfile()).contains("EU-Production"));
    }

    @Test
    void emptyPropertyGuardsNothing() {
        runner.withPropertyValues("spring.profiles.active=production", "opsdb.migrations.guarded-profiles=")
                .run(context -> assertThat(context.getBean(ProductionGuard.class).isProduction()).isFalse());
    }

    @Test
    void customPatternFromProperties() {
        runner.withPropertyValues("spring.profiles.active=live", "opsdb.migrations.guarded-profiles=live,prod*")
                .run(context -> assertThat(context.getBean(ProductionGuard.class).isProduction()).isTrue());
        runner.withPropertyValues("spring.profiles.active=production", "opsdb.migrations.guarded-profiles=live")
                .run(context -> assertThat(context.getBean(ProductionGuard.class).isProduction()).isFalse());
    }

    @Test
    void defaultAndIncludedProfilesAreGuarded() {
        runner.withPropertyValues("spring.profiles.default=prod").run(context ->
                assertThat(context.getBean(ProductionGuard.class).productionProfile()).contains("prod"));
        runner.withPropertyValues("spring.profiles.include=production").run(context ->
                assertThat(context.getBean(ProductionGuard.class).productionProfile()).contains("production"));
        runner.withPropertyValues("spring.profiles.default=prod", "spring.profiles.active=local").run(context ->
                assertThat(context.getBean(ProductionGuard.class).isProduction()).isFalse());
    }
}
