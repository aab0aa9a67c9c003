package org.opsdb.migrations.autoconfigure.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opsdb.migrations.runtime.MigrationException;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** {@link ProductionGuard}: which profiles are refused (ignoring case), the one-line message, the logged override. */
@ExtendWith(OutputCaptureExtension.class)
@Isolated("initializes logging and reads it from standard output, which a Spring application starting in parallel"
        + " re-initializes (the override's WARN line was lost once in CI)")
class ProductionGuardTests {

    private static final String DEFAULTS = "opsdb.migrations.guarded-profiles (prod, prod-*, *-prod, *production*)";

    private static ProductionGuard guard(List<String> patterns, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new ProductionGuard(environment, patterns);
    }

    private static ProductionGuard guard(String... profiles) {
        return guard(ProductionGuard.DEFAULT_PATTERNS, profiles);
    }

    @Test
    void productionIsRefused() {
        assertThatThrownBy(() -> guard("production").checkDestructive("init --drop"))
                .isInstanceOf(ProductionProfileException.class).isInstanceOf(MigrationException.class)
                .hasMessage("Refusing to run 'init --drop': active profile 'production' matches " + DEFAULTS
                        + "; add --allow-destructive to run it anyway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod", "PROD", "production", "PRODUCTION", "Production", "eu-production",
            "production-eu", "prod-eu", "eu-prod", "preproduction"})
    void defaultPatternsGuardProdAndProductionVariantsIgnoringCase(String profile) {
        assertThat(guard("metrics", profile).productionProfile()).contains(profile);
        assertThatThrownBy(() -> guard(profile).checkDestructive("downgrade base", false))
                .hasMessageStartingWith("Refusing to run 'downgrade base': active profile '" + profile + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "staging", "dev", "test", "product-demo", "prodigy"})
    void defaultPatternsLeaveOtherProfilesAlone(String profile) {
        assertThat(guard(profile).isProduction()).isFalse();
        assertThatCode(() -> guard(profile).checkDestructive("stamp base")).doesNotThrowAnyException();
    }

    @Test
    void noProfileIsAllowed() {
        assertThat(guard().checkDestructive("init --drop", false)).isEmpty();
    }

    @Test
    void overrideRunsAndIsLoggedAtWarn(CapturedOutput output) {
        // Boot's default logging, as an application has it (a plain test JVM may have logging switched off)
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new MockEnvironment()), null, null);
        try {
            assertThat(guard("Production").checkDestructive("downgrade base", true))
                    .contains("Running 'downgrade base' under guarded profile 'Production' because"
                            + " --allow-destructive was given");
            assertThat(output.getAll()).containsPattern("WARN .*ProductionGuard +: Running 'downgrade base' under"
                    + " guarded profile 'Production' because --allow-destructive was given");
        } finally {
            logging.cleanUp();
        }
    }

    @Test
    void overrideOutsideAGuardedProfileLogsNothing(CapturedOutput output) {
        assertThat(guard("local").checkDestructive("downgrade base", true)).isEmpty();
        assertThat(output.getAll()).doesNotContain("Running 'downgrade base'");
    }

    @Test
    void customPatterns() {
        ProductionGuard guard = guard(List.of(" prod ", " live-* ", ""), "LIVE-eu");
        assertThat(guard.productionProfile()).contains("LIVE-eu");
        assertThatThrownBy(() -> guard.checkDestructive("downgrade base"))
                .hasMessage("Refusing to run 'downgrade base': active profile 'LIVE-eu' matches"
                        + " opsdb.migrations.guarded-profiles (prod, live-*); add --allow-destructive to run it anyway");
        assertThat(guard(List.of("prod", "live-*"), "production").isProduction()).isFalse();
    }

    @Test
    void emptyPatternsRefuseNothing() {
        assertThat(guard(List.of(), "production").isProduction()).isFalse();
        assertThat(guard((List<String>) null, "production").isProduction()).isFalse();
    }

    @Test
    void ofReadsThePropertyOrTheDefaults() {
        MockEnvironment environment = new MockEnvironment().withProperty("opsdb.migrations.guarded-profiles", "live");
        environment.setActiveProfiles("live");
        assertThat(ProductionGuard.of(environment).isProduction()).isTrue();
        MockEnvironment defaults = new MockEnvironment();
        defaults.setActiveProfiles("eu-PRODUCTION");
        assertThat(ProductionGuard.of(defaults).isProduction()).isTrue();
    }

    @Test
    void aDefaultProfileIsGuardedWhileNoProfileIsActive() {
        MockEnvironment environment = new MockEnvironment();
        environment.setDefaultProfiles("prod");
        ProductionGuard guard = new ProductionGuard(environment, ProductionGuard.DEFAULT_PATTERNS);
        assertThatThrownBy(() -> guard.checkDestructive("downgrade -1"))
                .hasMessage("Refusing to run 'downgrade -1': default profile 'prod' matches " + DEFAULTS
                        + "; add --allow-destructive to run it anyway");
        // as in Spring, an active profile replaces the default ones
        environment.setActiveProfiles("local");
        assertThat(guard.isProduction()).isFalse();
    }

    @Test
    void anIncludedProfileIsGuarded() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.profiles.include", "metrics, prod");
        environment.setDefaultProfiles("local");
        assertThatThrownBy(() -> new ProductionGuard(environment, ProductionGuard.DEFAULT_PATTERNS)
                .checkDestructive("stamp base")).hasMessage("Refusing to run 'stamp base': active profile 'prod'"
                        + " matches " + DEFAULTS + "; add --allow-destructive to run it anyway");
    }

    @Test
    void aGuardedMemberOfAProfileGroupIsGuarded() {
        MockEnvironment active = new MockEnvironment().withProperty("spring.profiles.group.live", "metrics,eu")
                .withProperty("spring.profiles.group.eu", "eu-production");
        active.setActiveProfiles("live");
        assertThat(new ProductionGuard(active, ProductionGuard.DEFAULT_PATTERNS).productionProfile())
                .contains("eu-production");
        MockEnvironment byDefault = new MockEnvironment().withProperty("spring.profiles.group.live", "prod");
        byDefault.setDefaultProfiles("live");
        assertThatThrownBy(() -> new ProductionGuard(byDefault, ProductionGuard.DEFAULT_PATTERNS)
                .checkDestructive("init --drop")).hasMessageStartingWith("Refusing to run 'init --drop': default"
                        + " profile 'prod' matches");
    }
}
