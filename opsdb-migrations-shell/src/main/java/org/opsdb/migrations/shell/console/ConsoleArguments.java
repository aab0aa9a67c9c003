package org.opsdb.migrations.shell.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opsdb.migrations.shell.command.UsageException;
import org.opsdb.migrations.shell.source.MigrationsSource;
import org.opsdb.migrations.script.MigrationLocation;

/**
 * The console's command line: global options, then the command words. {@code --url}, {@code --user},
 * {@code --password} map to {@code spring.datasource.url/username/password}; {@code --location} (repeatable,
 * or comma-separated) to {@code opsdb.migrations.locations}; any other {@code --name=value} is passed to Spring
 * as a property (e.g. {@code --spring.profiles.active=local}). Each option is written {@code --name value} or
 * {@code --name=value}; each but {@code --location} at most once. The first word that is not a global option
 * starts the command; a Spring property may also follow the command's words ({@code upgrade head
 * --spring.profiles.active=local}): a {@code --name=value} whose name has a dot is one, as no command option has a
 * dot in its name.
 *
 * @param properties the Spring properties the global options set
 * @param command    the command words; empty for an interactive session
 */
public record ConsoleArguments(Map<String, String> properties, List<String> command) {

    private static final Map<String, String> OPTIONS = Map.of(
            "url", "spring.datasource.url",
            "user", "spring.datasource.username",
            "password", "spring.datasource.password",
            "location", MigrationsSource.LOCATIONS_PROPERTY);

    /** Copies the parts. */
    public ConsoleArguments {
        properties = Map.copyOf(properties);
        command = List.copyOf(command);
    }

    /** Parses a command line; a {@link UsageException} for an unknown global option or a missing value. */
    public static ConsoleArguments parse(String... args) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> locations = new ArrayList<>();
        int i = 0;
        while (i < args.length && args[i].startsWith("--") && args[i].length() > 2 && !args[i].equals("--help")) {
            String option = args[i].substring(2);
            String name = nameOf(option);
            String value;
            if (option.length() > name.length()) {
                value = option.substring(name.length() + 1);
            }
            else if (OPTIONS.containsKey(name) && i + 1 < args.length) {
                value = args[++i];
            }
            else {
                value = null;
            }
            accept(name, value, properties, locations);
            i++;
        }
        List<String> command = new ArrayList<>();
        for (String word : List.of(args).subList(i, args.length)) {
            if (isProperty(word)) {
                String option = word.substring(2);
                String name = nameOf(option);
                accept(name, option.length() > name.length() ? option.substring(name.length() + 1) : null,
                        properties, locations);
            }
            else {
                command.add(word);
            }
        }
        if (!locations.isEmpty()) {
            properties.put(MigrationsSource.LOCATIONS_PROPERTY, String.join(",", locations));
        }
        if (command.size() == 1 && command.get(0).equals("--help")) {
            command.set(0, "help");
        }
        return new ConsoleArguments(properties, command);
    }

    /**
     * Whether a word after the command is a Spring property ({@code --spring.profiles.active=local},
     * {@code --opsdb.migrations.schema=ops}): its name has a dot, which no command option has.
     */
    private static boolean isProperty(String word) {
        return word.startsWith("--") && nameOf(word.substring(2)).contains(".");
    }

    private static String nameOf(String option) {
        int equals = option.indexOf('=');
        return equals >= 0 ? option.substring(0, equals) : option;
    }

    /** Records one global option or property; {@code value} is {@code null} when the command line gave none. */
    private static void accept(String name, String value, Map<String, String> properties, List<String> locations) {
        if (value == null && OPTIONS.containsKey(name)) {
            throw new UsageException("Option '--" + name + "' needs a value");
        }
        if (value == null) {
            throw new UsageException("Unknown option '--" + name + "'; global options are --url, --user,"
                    + " --password, --location and --<spring.property>=<value>");
        }
        if (name.equals("location")) {
            if (value.isBlank()) {
                throw new UsageException("Option '--location' is empty; name " + MigrationLocation.ACCEPTED_FORMS);
            }
            locations.add(value);
        }
        else if (properties.putIfAbsent(OPTIONS.getOrDefault(name, name), value) != null) {
            // the last one used to win silently
            throw new UsageException("Option '--" + name + "' given twice; give it once (only --location"
                    + " repeats)");
        }
    }

    /** The properties as Spring command-line arguments ({@code --name=value}), which outrank every other source. */
    public String[] springArguments() {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }
}
