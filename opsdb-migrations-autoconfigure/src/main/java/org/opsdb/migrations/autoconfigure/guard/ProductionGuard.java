package org.opsdb.migrations.autoconfigure.guard;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.opsdb.migrations.MigrationsSettings;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.util.PatternMatchUtils;

/**
 * Refuses destructive commands ({@code downgrade}, {@code stamp}, {@code roundtrip}, {@code init --drop}) when a
 * Spring profile in effect matches {@value #PROPERTY}: globs where {@code *} matches any characters, compared
 * ignoring case, {@link #DEFAULT_PATTERNS} by default (so {@code prod}, {@code PRODUCTION}, {@code eu-production},
 * {@code production-eu} and {@code live-prod} are guarded; {@code local} and {@code staging} are not). The
 * console's {@value #OVERRIDE_OPTION} runs the command anyway; the override is logged at WARN.
 * <p>
 * The profiles in effect are Spring's: the active ones ({@code spring.profiles.active} and what
 * {@code spring.profiles.include} adds) or, when none is active, the default ones ({@code spring.profiles.default},
 * {@code SPRING_PROFILES_DEFAULT}); each with the members of its profile group ({@code spring.profiles.group.NAME}).
 * A guarded profile is guarded however it came into effect.
 */
public final class ProductionGuard {

    /** The property that lists the guarded profile patterns. */
    public static final String PROPERTY = MigrationsSettings.PROPERTY_PREFIX + ".guarded-profiles";

    /** The guarded profile patterns when {@value #PROPERTY} is not set. */
    public static final List<String> DEFAULT_PATTERNS = List.of("prod", "prod-*", "*-prod", "*production*");

    /** The console option that runs a guarded command anyway. */
    public static final String OVERRIDE_OPTION = "--allow-destructive";

    private static final String INCLUDE_PROPERTY = "spring.profiles.include";
    private static final String GROUP_PROPERTY = "spring.profiles.group";
    private static final Bindable<Map<String, List<String>>> GROUPS = Bindable.of(ResolvableType.forClassWithGenerics(
            Map.class, ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(List.class,
                    String.class)));

    private static final Log logger = LogFactory.getLog(ProductionGuard.class);

    private final Environment environment;
    private final List<String> patterns;

    /**
     * A guard over the environment's active profiles.
     *
     * @param patterns globs, e.g. {@code prod, live-*}; blank entries are ignored, an empty list refuses nothing
     */
    public ProductionGuard(Environment environment, List<String> patterns) {
        this.environment = environment;
        this.patterns = patterns == null ? List.of()
                : patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** A guard with the patterns {@value #PROPERTY} sets in the environment, {@link #DEFAULT_PATTERNS} if unset. */
    public static ProductionGuard of(Environment environment) {
        return new ProductionGuard(environment, Binder.get(environment)
                .bind(PROPERTY, Bindable.listOf(String.class)).orElse(DEFAULT_PATTERNS));
    }

    /** The first profile in effect (active, else default) that matches a pattern (ignoring case), if any. */
    public Optional<String> productionProfile() {
        return effectiveProfiles().stream()
                .filter(profile -> patterns.stream().anyMatch(p -> PatternMatchUtils.simpleMatchIgnoreCase(p, profile)))
                .findFirst();
    }

    /** Whether no profile is active, so that the default profiles are the ones in effect. */
    private boolean defaultsInEffect() {
        return activeProfiles().isEmpty();
    }

    /**
     * The active profiles and those {@code spring.profiles.include} names (Spring Boot has added them to the active
     * ones already; a plain Spring environment has not).
     */
    private Set<String> activeProfiles() {
        Set<String> profiles = new LinkedHashSet<>(Arrays.asList(environment.getActiveProfiles()));
        profiles.addAll(Binder.get(environment).bind(INCLUDE_PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of()));
        return profiles;
    }

    /**
     * The profiles in effect, as Spring decides them: the active ones, or the default ones when none is active,
     * each followed by the members of its group, recursively (Spring Boot has expanded the groups already; a plain
     * Spring environment has not).
     */
    private Set<String> effectiveProfiles() {
        Set<String> profiles = defaultsInEffect()
                ? new LinkedHashSet<>(Arrays.asList(environment.getDefaultProfiles())) : activeProfiles();
        Map<String, List<String>> groups = Binder.get(environment).bind(GROUP_PROPERTY, GROUPS).orElse(Map.of());
        Set<String> expanded = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(profiles);
        while (!pending.isEmpty()) {
            String profile = pending.pop().strip();
            if (!profile.isEmpty() && expanded.add(profile)) {
                pending.addAll(groups.getOrDefault(profile, List.of()));
            }
        }
        return expanded;
    }

    /** Whether an active (or default) profile matches a pattern. */
    public boolean isProduction() {
        return productionProfile().isPresent();
    }

    /**
     * Throws when a profile in effect is guarded.
     *
     * @param command the destructive command, as the message should name it, e.g. {@code init --drop}
     * @throws ProductionProfileException naming the command, the profile, the patterns and the override
     */
    public void checkDestructive(String command) {
        checkDestructive(command, false);
    }

    /**
     * Throws when a profile in effect is guarded, unless {@code override}; an override that lets a command through
     * is logged at WARN.
     *
     * @param command  the destructive command, as the message should name it, e.g. {@code downgrade base}
     * @param override whether the operator asked to run it anyway ({@value #OVERRIDE_OPTION})
     * @return the warning that was logged, when the override let the command through
     * @throws ProductionProfileException naming the command, the profile, the patterns and the override
     */
    public Optional<String> checkDestructive(String command, boolean override) {
        Optional<String> profile = productionProfile();
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        if (!override) {
            throw new ProductionProfileException("Refusing to run '" + command + "': "
                    + (defaultsInEffect() ? "default" : "active") + " profile '" + profile.get() + "' matches " + PROPERTY + " (" + String.join(", ", patterns) + "); add " + OVERRIDE_OPTION
                    + " to run it anyway");
        }
        String warning = "Running '" + command + "' under guarded profile '" + profile.get() + "' because "
                + OVERRIDE_OPTION + " was given";
        logger.warn(warning);
        return Optional.of(warning);
    }
}
