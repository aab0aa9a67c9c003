package org.opsdb.benchmarks.harness;

import java.util.List;
import org.opsdb.benchmarks.harness.history.HistoryLocations;

/** The four builds of the benchmark service: with no migration tool, with ours, with Flyway, with Liquibase. */
public enum Tool {

    /** No migration tool: the baseline for memory. */
    BASELINE("baseline", "no tool", List.of()),
    /** opsdb-migrations-starter. */
    OPSDB("opsdb", "opsdb-migrations", List.of("alembic_version", "opsdb_migration_history")),
    /** Spring Boot's Flyway auto-configuration. */
    FLYWAY("flyway", "Flyway", List.of("flyway_schema_history")),
    /** Spring Boot's Liquibase auto-configuration. */
    LIQUIBASE("liquibase", "Liquibase", List.of("databasechangelog", "databasechangeloglock"));

    /** The migration tools, in the order every round runs them. */
    public static final List<Tool> MIGRATORS = List.of(OPSDB, FLYWAY, LIQUIBASE);

    private final String module;
    private final String title;
    private final List<String> ownTables;

    Tool(String module, String title, List<String> ownTables) {
        this.module = module;
        this.title = title;
        this.ownTables = ownTables;
    }

    /** The app module's suffix: {@code benchmarks/app-<module>}. */
    public String module() {
        return module;
    }

    /** The name in the report. */
    public String title() {
        return title;
    }

    /** The tables the tool keeps its own records in. */
    public List<String> ownTables() {
        return ownTables;
    }

    /** The command-line properties that point the tool at {@code history}. */
    public List<String> locationArguments(HistoryLocations history) {
        return switch (this) {
            case BASELINE -> List.of();
            case OPSDB -> List.of("--opsdb.migrations.locations=" + history.opsdb().toUri());
            case FLYWAY -> List.of("--spring.flyway.locations=filesystem:" + history.flyway());
            case LIQUIBASE -> List.of("--spring.liquibase.change-log=" + history.liquibase().toUri());
        };
    }

    /** The command-line property that switches the tool off (the same jar, nothing else changed). */
    public List<String> offArguments() {
        return switch (this) {
            case BASELINE -> List.of();
            case OPSDB -> List.of("--opsdb.migrations.enabled=false");
            case FLYWAY -> List.of("--spring.flyway.enabled=false");
            case LIQUIBASE -> List.of("--spring.liquibase.enabled=false");
        };
    }
}
