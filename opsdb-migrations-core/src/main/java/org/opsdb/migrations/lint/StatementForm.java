package org.opsdb.migrations.lint;

import java.util.List;
import java.util.Map;

/** What a statement does, as far as the rules need to know: one record per kind of statement a rule concerns. */
sealed interface StatementForm {

    /** {@code CREATE TABLE} (also {@code AS}, {@code PARTITION OF}), with the column types it names. */
    record CreateTable(RelationName table, Map<String, ColumnType> columns, Map<String, String> notNullChecks)
            implements StatementForm {
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table ...}. */
    record CreateIndex(RelationName table, RelationName index, boolean unique, boolean concurrently)
            implements StatementForm {
    }

    /** {@code DROP INDEX [CONCURRENTLY] name, ...}. */
    record DropIndex(List<RelationName> indexes, boolean concurrently) implements StatementForm {
    }

    /** {@code DROP TABLE name, ...}. */
    record DropTable(List<RelationName> tables) implements StatementForm {
    }

    /** {@code ALTER TABLE table action, ...} (renames included). */
    record AlterTable(RelationName table, List<TableAction> actions) implements StatementForm {
    }

    /** {@code ALTER TYPE type ADD VALUE 'value'}. */
    record AddEnumValue(RelationName type, String value) implements StatementForm {
    }

    /** {@code REINDEX {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name}. */
    record Reindex(String scope, RelationName target, boolean concurrently) implements StatementForm {
    }

    /** {@code VACUUM FULL} or {@code CLUSTER}: rewrites a table (null: every table) under ACCESS EXCLUSIVE. */
    record Rewrite(String command, RelationName table) implements StatementForm {
    }

    /** {@code LOCK [TABLE] name, ... [IN mode MODE]}. */
    record LockTable(List<RelationName> tables, String mode) implements StatementForm {
    }

    /**
     * A statement that reads or writes rows ({@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE},
     * {@code COPY}, {@code SELECT}, {@code WITH}); {@code valuesOnly} when it is an {@code INSERT ... VALUES},
     * which reads no table.
     */
    record Dml(String command, boolean valuesOnly) implements StatementForm {
    }

    /** A statement no rule concerns ({@code CREATE FUNCTION}, {@code GRANT}, {@code COMMENT}, ...). */
    record Other() implements StatementForm {
    }

    /**
     * A statement of a kind a rule concerns whose form the analysis cannot follow.
     *
     * @param subject what was not analysed ({@code ALTER TABLE statement})
     */
    record NotAnalysed(String subject) implements StatementForm {
    }
}
