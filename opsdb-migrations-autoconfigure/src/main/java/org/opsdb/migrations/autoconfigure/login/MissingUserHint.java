package org.opsdb.migrations.autoconfigure.login;

import java.util.Locale;
import java.util.stream.Stream;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.runtime.ConnectionErrors;
import org.springframework.core.env.Environment;

/**
 * What a login refused for a missing role ({@code role "root" does not exist}) adds when no user was given: the
 * PostgreSQL driver then logs in as the OS user, so the line says how to give one, in the words of whoever reads it
 * (the console: {@code --user}; a service: {@code spring.datasource.username}). A user is given by
 * {@code spring.datasource.username}, {@code opsdb.migrations.user} or a {@code user} parameter in either URL.
 */
public final class MissingUserHint {

    private final String suffix;

    private MissingUserHint(String suffix) {
        this.suffix = suffix;
    }

    /**
     * The hint for this environment: none when a user is given, else {@code (no user was given; HOW)}.
     *
     * @param howToGiveOne e.g. {@code set spring.datasource.username}
     */
    public static MissingUserHint of(Environment environment, String howToGiveOne) {
        return new MissingUserHint(userGiven(environment) ? "" : " (no user was given; " + howToGiveOne + ")");
    }

    /** {@code line}, with the hint after it when {@code error} is a login refused for a missing role. */
    public String appendTo(String line, Throwable error) {
        return suffix.isEmpty() || ConnectionErrors.missingRole(error).isEmpty() ? line : line + suffix;
    }

    private static boolean userGiven(Environment environment) {
        String prefix = MigrationsSettings.PROPERTY_PREFIX;
        boolean named = Stream.of("spring.datasource.username", prefix + ".user")
                .map(environment::getProperty).anyMatch(user -> user != null && !user.isBlank());
        return named || Stream.of("spring.datasource.url", prefix + ".url").map(environment::getProperty)
                .anyMatch(url -> url != null && url.toLowerCase(Locale.ROOT).matches(".*[?&]user=.+"));
    }
}
