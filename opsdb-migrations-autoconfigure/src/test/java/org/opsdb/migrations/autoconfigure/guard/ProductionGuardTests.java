package org.opsdb.migrations.autoconfigure.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opsdb.migrations.runtime.MigrationException;
import org.springframework.mock.env.MockEnvironment;

/** {@link ProductionGuard}: which profiles are refused, and the one-line message. */
class ProductionGuardTests {

    private static ProductionGuard guard(String pattern, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new ProductionGuard(environment, pattern);
    }

    @Test
    void productionIsRefused() {
        assertThatThrownBy(() -> guard("production*", "production").checkDestructive("init --drop"))
                .isInstanceOf(ProductionProfileException.class).isInstanceOf(MigrationException.class)
                .hasMessage("Refusing to run 'init --drop': active profile 'production' matches"
                        + " opsdb.migrations.production-profile-pattern 'production*'");
    }

    @Test
    void productionEuIsRefused() {
        assertThatThrownBy(() -> guard("production*", "metrics", "production-eu").checkDestructive("init --drop"))
                .hasMessage("Refusing to run 'init --drop': active profile 'production-eu' matches"
                        + " opsdb.migrations.production-profile-pattern 'production*'");
    }

    @Test
    void localStagingAndNoProfileAreAllowed() {
        assertThatCode(() -> guard("production*", "local").checkDestructive("init --drop")).doesNotThrowAnyException();
        assertThatCode(() -> guard("production*", "staging").checkDestructive("init --drop")).doesNotThrowAnyException();
        assertThatCode(() -> guard("production*").checkDestructive("init --drop")).doesNotThrowAnyException();
        assertThat(guard("production*", "local").isProduction()).isFalse();
    }

    @Test
    void patternMustMatchTheWholeProfileName() {
        assertThat(guard("production*", "preproduction").isProduction()).isFalse();
        assertThat(guard("production*", "Production").isProduction()).isFalse();
    }

    @Test
    void customCommaSeparatedPatterns() {
        ProductionGuard guard = guard(" prod , live-* ", "live-eu");
        assertThat(guard.productionProfile()).contains("live-eu");
        assertThatThrownBy(() -> guard.checkDestructive("downgrade base"))
                .hasMessage("Refusing to run 'downgrade base': active profile 'live-eu' matches"
                        + " opsdb.migrations.production-profile-pattern ' prod , live-* '");
        assertThat(guard(" prod , live-* ", "prod").isProduction()).isTrue();
        assertThat(guard(" prod , live-* ", "production").isProduction()).isFalse();
    }

    @Test
    void blankPatternRefusesNothing() {
        assertThat(guard("", "production").isProduction()).isFalse();
        assertThat(guard(null, "production").isProduction()).isFalse();
    }
}
