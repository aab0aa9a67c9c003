package org.opsdb.migrations.autoconfigure.guard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.util.PatternMatchUtils;

/**
 * Refuses destructive commands (such as {@code init --drop}) when an active Spring profile matches the
 * production pattern: comma-separated globs where {@code *} matches any characters, {@code production*} by default
 * (matching {@code production} and {@code production-eu}).
 */
public final class ProductionGuard {

    private final Environment environment;
    private final String pattern;
    private final List<String> patterns;

    /**
     * A guard over the environment's active profiles.
     *
     * @param pattern comma-separated globs, e.g. {@code production*,prod-*}; blank refuses nothing
     */
    public ProductionGuard(Environment environment, String pattern) {
        this.environment = environment;
        this.pattern = pattern == null ? "" : pattern;
        this.patterns = Arrays.stream(this.pattern.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The first active profile that matches the pattern, if any. */
    public Optional<String> productionProfile() {
        return Arrays.stream(environment.getActiveProfiles())
                .filter(profile -> patterns.stream().anyMatch(p -> PatternMatchUtils.simpleMatch(p, profile)))
                .findFirst();
    }

    /** Whether an active profile matches the pattern. */
    public boolean isProduction() {
        return productionProfile().isPresent();
    }

    /**
     * Throws when an active profile matches the pattern.
     *
     * @param command the destructive command, as the message should name it, e.g. {@code init --drop}
     * @throws ProductionProfileException naming the command, the profile and the pattern
     */
    public void checkDestructive(String command) {
        productionProfile().ifPresent(profile -> {
            throw new ProductionProfileException("Refusing to run '" + command + "': active profile '" + profile
                    + "' matches opsdb.migrations.production-profile-pattern '" + pattern + "'");
        });
    }
}
