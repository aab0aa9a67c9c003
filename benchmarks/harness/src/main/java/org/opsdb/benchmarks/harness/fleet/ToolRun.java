package org.opsdb.benchmarks.harness.fleet;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.integration.spring.MultiTenantSpringLiquibase;
import org.flywaydb.core.Flyway;
import org.opsdb.benchmarks.harness.Arguments;
import org.opsdb.benchmarks.harness.BenchmarkMain;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.fleet.Fleet;
import org.opsdb.migrations.fleet.FleetCommand;
import org.opsdb.migrations.fleet.FleetOptions;
import org.opsdb.migrations.fleet.FleetReport;
import org.opsdb.migrations.fleet.FleetTargets;
import org.opsdb.migrations.runtime.UrlDataSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * One tool's run over every tenant schema of a database, in a JVM of its own (the benchmark starts one per run), on
 * a HikariCP pool as a Spring Boot service has: the schemas are read with {@link #TENANTS_QUERY} and the tool is run
 * on them; the time from reading the schemas until the tool returned is printed as
 * {@code fleetbench-result millis=N targets=N}. Arguments {@code key=value}: {@code tool} ({@code opsdb},
 * {@code flyway}, {@code liquibase}), {@code action} ({@code upgrade} or {@code status}), {@code url} (the tenants'
 * database), {@code history} (the directory {@code HistoryWriter} wrote), {@code parallel} (ours only).
 */
public final class ToolRun {

    /** The tenant schemas of a benchmark database, in order. */
    static final String TENANTS_QUERY = "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%'"
            + " ORDER BY nspname";
    /** The line a run ends with. */
    static final String RESULT = "fleetbench-result";

    private ToolRun() {
    }

    /** Runs one tool; exits 1 with one line when it fails. */
    public static void main(String[] args) throws Exception {
        BenchmarkMain.run("fleet tool run", args, ToolRun::run);
    }

    private static void run(Arguments settings) throws Exception {
        String tool = settings.required("tool");
        boolean upgrade = switch (settings.required("action")) {
            case "upgrade" -> true;
            case "status" -> false;
            default -> throw new IllegalStateException("action=" + settings.required("action")
                    + " is not upgrade or status");
        };
        String url = settings.required("url");
        Path history = Path.of(settings.required("history")).toAbsolutePath();
        int parallel = settings.positive("parallel", 4);
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(Math.max(10, parallel + 1));
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            long start = System.nanoTime();
            int targets = switch (tool) {
                case "opsdb" -> opsdb(dataSource, history.resolve("opsdb"), upgrade, parallel);
                case "flyway" -> flyway(dataSource, history.resolve("flyway"), upgrade);
                case "liquibase" -> liquibase(dataSource, history.resolve("liquibase/changelog.sql"));
                default -> throw new IllegalStateException("tool=" + tool + " is not opsdb, flyway or liquibase");
            };
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println(RESULT + " millis=" + millis + " targets=" + targets);
        }
    }

    /** Our core Fleet API: {@code fleet upgrade head} or {@code fleet current}, {@code parallel} at once. */
    private static int opsdb(DataSource dataSource, Path scripts, boolean upgrade, int parallel) {
        Migrations base = Migrations.configure().dataSource(dataSource).locations(scripts.toString()).load();
        FleetReport report = new Fleet(base, target -> new UrlDataSource(target, null, null)).run(
                new FleetCommand(upgrade ? FleetCommand.Action.UPGRADE : FleetCommand.Action.CURRENT, "head"),
                FleetTargets.schemasQuery(dataSource, TENANTS_QUERY),
                new FleetOptions(parallel, 0, 0, Duration.ZERO), (result, progress) -> { });
        if (!report.reachedGoal()) {
            throw new IllegalStateException("fleet " + report.command() + ": not every target reached head: "
                    + report.results().stream().filter(r -> r.reason() != null).findFirst()
                    .map(r -> r.target() + ": " + r.reason()).orElse("some are behind"));
        }
        return report.results().size();
    }

    /**
     * Flyway's API in a loop, one schema after another (its answer for schema-per-tenant, e.g. its issue #949):
     * {@code Flyway.configure().dataSource(ds).schemas(s).locations(...).load().migrate()}, or {@code info()} with
     * no pending migration expected.
     */
    private static int flyway(DataSource dataSource, Path scripts, boolean upgrade) throws SQLException {
        List<String> schemas = tenants(dataSource);
        for (String schema : schemas) {
            Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema)
                    .locations("filesystem:" + scripts).load();
            if (upgrade) {
                flyway.migrate();
            } else if (flyway.info().pending().length > 0) {
                throw new IllegalStateException("Flyway info: schema " + schema + " has pending migrations");
            }
        }
        return schemas.size();
    }

    /**
     * Liquibase's {@code MultiTenantSpringLiquibase} as documented: a DataSource and the list of schemas; it runs
     * {@code SpringLiquibase} (an update) on each in turn. Run again on schemas at head, it is the up-to-date check.
     */
    private static int liquibase(DataSource dataSource, Path changelog) throws Exception {
        List<String> schemas = tenants(dataSource);
        MultiTenantSpringLiquibase liquibase = new MultiTenantSpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setSchemas(schemas);
        liquibase.setChangeLog("file:" + changelog);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
        return schemas.size();
    }

    private static List<String> tenants(DataSource dataSource) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(TENANTS_QUERY)) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }
}
