package org.opsdb.benchmarks.harness.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates a history of {@code n} revisions cycling through five kinds of change: create table, add column,
 * create index, add foreign key, alter column type. Every fifth revision starts a new table {@code t<k>}; the
 * four after it change that table. The first table is the one the benchmark service maps.
 */
public final class HistoryGenerator {

    private HistoryGenerator() {
    }

    /** The {@code n} steps, in order. */
    public static List<SchemaStep> steps(int n) {
        List<SchemaStep> steps = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            int table = (i - 1) / 5 + 1;
            String t = "t" + table;
            int firstOfTable = (table - 1) * 5 + 1;
            String column = "c" + (firstOfTable + 1);
            steps.add(switch ((i - 1) % 5) {
                case 0 -> new SchemaStep(i, "create table " + t,
                        "CREATE TABLE " + t + " (id bigint PRIMARY KEY, name varchar(100) NOT NULL DEFAULT '',"
                                + " ref_id bigint, created_at timestamptz NOT NULL DEFAULT now())",
                        "DROP TABLE " + t);
                case 1 -> new SchemaStep(i, "add column " + t + "." + column,
                        "ALTER TABLE " + t + " ADD COLUMN " + column + " integer",
                        "ALTER TABLE " + t + " DROP COLUMN " + column);
                case 2 -> new SchemaStep(i, "create index ix_" + t + "_name",
                        "CREATE INDEX ix_" + t + "_name ON " + t + " (name)",
                        "DROP INDEX ix_" + t + "_name");
                case 3 -> new SchemaStep(i, "add foreign key fk_" + t + "_ref",
                        "ALTER TABLE " + t + " ADD CONSTRAINT fk_" + t + "_ref FOREIGN KEY (ref_id) REFERENCES t"
                                + Math.max(1, table - 1) + " (id)",
                        "ALTER TABLE " + t + " DROP CONSTRAINT fk_" + t + "_ref");
                default -> new SchemaStep(i, "alter type of " + t + "." + column,
                        "ALTER TABLE " + t + " ALTER COLUMN " + column + " TYPE bigint",
                        "ALTER TABLE " + t + " ALTER COLUMN " + column + " TYPE integer");
            });
        }
        return steps;
    }
}
