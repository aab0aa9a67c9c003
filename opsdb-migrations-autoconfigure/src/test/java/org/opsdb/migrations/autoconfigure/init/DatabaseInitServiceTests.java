package org.opsdb.migrations.autoconfigure.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.autoconfigure.guard.ProductionGuard;
import org.opsdb.migrations.autoconfigure.guard.ProductionProfileException;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.MigrationResult;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** {@link DatabaseInitService}: the guard is asked before a drop; the initializer does the work. */
class DatabaseInitServiceTests {

    private final List<Boolean> calls = new ArrayList<>();
    private final MigrationResult stamped = new MigrationResult(Set.of(), Set.of("c3c3c3c3c3c3"), List.of());

    private DatabaseInitService service(boolean withInitializer, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (withInitializer) {
            beans.addBean("schemaInitializer", (SchemaInitializer) drop -> {
                calls.add(drop);
                return stamped;
            });
        }
        return new DatabaseInitService(new ProductionGuard(environment, ProductionGuard.DEFAULT_PATTERNS),
                beans.getBeanProvider(SchemaInitializer.class));
    }

    @Test
    void dropUnderProductionIsRefusedBeforeTheInitializerRuns() {
        assertThatThrownBy(() -> service(true, "production-eu").init(true))
                .isInstanceOf(ProductionProfileException.class)
                .hasMessage("Refusing to run 'init --drop': active profile 'production-eu' matches"
                        + " opsdb.migrations.guarded-profiles (prod, prod-*, *-prod, *production*); add --allow-destructive to run it anyway");
        assertThat(calls).isEmpty();
    }

    @Test
    void initWithoutDropRunsUnderProduction() {
        assertThat(service(true, "production").init(false)).isSameAs(stamped);
        assertThat(calls).containsExactly(false);
    }

    @Test
    void dropRunsUnderLocal() {
        assertThat(service(true, "local").init(true)).isSameAs(stamped);
        assertThat(calls).containsExactly(true);
    }

    @Test
    void withoutInitializerItSaysSo() {
        assertThatThrownBy(() -> service(false, "local").init(false)).isInstanceOf(MigrationException.class)
                .hasMessage("init is not available: no SchemaInitializer bean is defined");
    }
}
