package org.opsdb.migrations.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.opsdb.migrations.MigrationsSettings;
import org.opsdb.migrations.error.OneLineException;
import org.opsdb.migrations.runtime.ConnectionErrors;

/**
 * Where a fleet's targets come from: a list, a file of schema names or of JDBC URLs (one a line; blank lines and
 * lines starting with {@code #} are skipped, surrounding blanks stripped), or a SQL query run on the fleet's database
 * whose first column is the schema names. Each answer is sorted ({@link FleetTarget#compareTo}), so that the order of
 * a run, and its canary, do not depend on the file's or the query's order; a target named twice is an error. The
 * settings name them too ({@link #configured}): {@code opsdb.migrations.fleet.schemas}, {@code .schemas-query},
 * {@code .schemas-file}, {@code .targets} or {@code .targets-file}.
 */
public final class FleetTargets {

    private FleetTargets() {
    }

    /** The schemas of these names, sorted; a name given twice is an error. */
    public static List<FleetTarget> schemas(List<String> names) {
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            named.add(new Named(FleetTarget.schema(names.get(i)), "schema " + (i + 1)));
        }
        return sorted(named, "the schema list");
    }

    /** The databases of these JDBC URLs, sorted; a URL given twice is an error. */
    public static List<FleetTarget> urls(List<String> urls) {
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            named.add(new Named(FleetTarget.url(urls.get(i)), "target " + (i + 1)));
        }
        return sorted(named, "the target list");
    }

    /** Whether the settings name a fleet: one of the {@code fleet.*} target settings is set. */
    public static boolean isConfigured(MigrationsSettings settings) {
        return !givenSources(settings).isEmpty();
    }

    /**
     * The targets the settings name: {@code fleet.schemas}, {@code fleet.schemas-query} (run on
     * {@code dataSource}), {@code fleet.schemas-file}, {@code fleet.targets} or {@code fleet.targets-file}; none when
     * none is set. Several set is an error of one line naming them.
     */
    public static List<FleetTarget> configured(MigrationsSettings settings, DataSource dataSource) {
        List<String> given = givenSources(settings);
        if (given.size() > 1) {
            throw new OneLineException("Set only one of " + String.join(", ", given.subList(0, given.size() - 1))
                    + " and " + given.get(given.size() - 1) + ": each names a fleet's targets");
        }
        if (!settings.fleetSchemas().isEmpty()) {
            return schemas(settings.fleetSchemas());
        }
        if (settings.fleetSchemasQuery() != null) {
            return schemasQuery(dataSource, settings.fleetSchemasQuery());
        }
        if (settings.fleetSchemasFile() != null) {
            return schemasFile(Path.of(settings.fleetSchemasFile()));
        }
        if (!settings.fleetTargets().isEmpty()) {
            return urls(settings.fleetTargets());
        }
        return settings.fleetTargetsFile() != null ? urlsFile(Path.of(settings.fleetTargetsFile())) : List.of();
    }

    /** The target settings that are set, as properties ({@code opsdb.migrations.fleet.schemas}). */
    private static List<String> givenSources(MigrationsSettings settings) {
        List<String> given = new ArrayList<>();
        String prefix = MigrationsSettings.PROPERTY_PREFIX + ".fleet.";
        if (!settings.fleetSchemas().isEmpty()) {
            given.add(prefix + "schemas");
        }
        if (settings.fleetSchemasQuery() != null) {
            given.add(prefix + "schemas-query");
        }
        if (settings.fleetSchemasFile() != null) {
            given.add(prefix + "schemas-file");
        }
        if (!settings.fleetTargets().isEmpty()) {
            given.add(prefix + "targets");
        }
        if (settings.fleetTargetsFile() != null) {
            given.add(prefix + "targets-file");
        }
        return given;
    }

    /** The schemas named in {@code file}, one a line. */
    public static List<FleetTarget> schemasFile(Path file) {
        return fromFile(file, FleetTarget::schema);
    }

    /** The databases of the JDBC URLs in {@code file}, one a line. */
    public static List<FleetTarget> urlsFile(Path file) {
        return fromFile(file, FleetTarget::url);
    }

    /**
     * The schemas {@code sql} returns (its first column) when run on {@code dataSource}, e.g.
     * {@code SELECT schema_name FROM tenants}; a NULL, or a query that fails, is one line naming the query.
     */
    public static List<FleetTarget> schemasQuery(DataSource dataSource, String sql) {
        List<Named> named = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int row = 0;
            while (rs.next()) {
                row++;
                String name = rs.getString(1);
                if (name == null) {
                    throw new OneLineException("The schemas query returned NULL in row " + row + ": " + sql);
                }
                named.add(new Named(FleetTarget.schema(name), "row " + row));
            }
        } catch (SQLException e) {
            throw new OneLineException("The schemas query failed: " + ConnectionErrors.reason(e) + ": " + sql, e);
        }
        return sorted(named, "the schemas query");
    }

    private static List<FleetTarget> fromFile(Path file, Function<String, FleetTarget> target) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OneLineException("Cannot read targets file " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                named.add(new Named(target.apply(line), "line " + (i + 1)));
            }
        }
        return sorted(named, file.toString());
    }

    /** The targets sorted; throws naming both places when one is given twice. */
    private static List<FleetTarget> sorted(List<Named> named, String source) {
        Map<FleetTarget, String> first = new HashMap<>();
        for (Named one : named) {
            String earlier = first.putIfAbsent(one.target(), one.where());
            if (earlier != null) {
                throw new OneLineException(source + " " + one.where() + " names " + one.target().name()
                        + " again (first on " + earlier + "); a fleet runs each target once");
            }
        }
        return named.stream().map(Named::target).sorted().toList();
    }

    /** A target and where it was named ({@code line 3}, {@code row 2}). */
    private record Named(FleetTarget target, String where) {
    }
}
