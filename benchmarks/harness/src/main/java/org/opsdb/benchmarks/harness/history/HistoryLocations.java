package org.opsdb.benchmarks.harness.history;

import java.nio.file.Path;

/**
 * Where one generated history lies in each tool's format.
 *
 * @param opsdb     directory of our SQL revision files
 * @param flyway    directory of Flyway's versioned migrations
 * @param liquibase Liquibase's formatted-SQL changelog file
 */
public record HistoryLocations(Path opsdb, Path flyway, Path liquibase) {
}
