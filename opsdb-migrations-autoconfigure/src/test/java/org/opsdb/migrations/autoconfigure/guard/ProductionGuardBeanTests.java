package org.opsdb.migrations.autoconfigure.guard;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@link ProductionGuard} bean follows the active profiles and opsdb.migrations.production-profile-pattern. */
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
    void customPatternFromProperties() {
        runner.withPropertyValues("spring.profiles.active=live", "opsdb.migrations.production-profile-pattern=live,prod*")
                .run(context -> assertThat(context.getBean(ProductionGuard.class).isProduction()).isTrue());
        runner.withPropertyValues("spring.profiles.active=production", "opsdb.migrations.production-profile-pattern=live")
                .run(context -> assertThat(context.getBean(ProductionGuard.class).isProduction()).isFalse());
    }
}
