package org.opsdb.migrations.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.diff.DiffResult;
import org.opsdb.migrations.diff.SchemaDiff;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * The SQL renderer writes the format of docs/sql-format.md, with each warning and the safe form it offers as comments,
 * and an outside-transaction block between its marker lines.
 */
class SqlMigrationRendererTest {

    @Test
    void notNullWarningsCarryTheSafeFormAsACommentedRecipe() {
        SchemaModel before = model(Column.of("id", "integer").notNull(), Column.of("name", "text"));
        SchemaModel after = model(Column.of("id", "integer").notNull(), Column.of("name", "text").notNull(),
                Column.of("size", "integer").notNull());
        DiffResult diff = new SchemaDiff().compare(before, after);
        ScriptHeader header = new ScriptHeader("ab12cd34ef56", List.of("0123456789ab"), "sizes",
                Instant.parse("2025-01-02T03:04:05.678Z"), List.of(), List.of());

        String script = new SqlMigrationRenderer().render(header,
                new ScriptBody(diff.upgrade(), diff.downgrade(), diff.warnings()));

        assertThat(script).isEqualTo("""
                -- revision: ab12cd34ef56
                -- down_revision: 0123456789ab
                -- message: sizes
                -- create_date: 2025-01-02T03:04:05Z

                -- upgrade
                -- WARNING sets NOT NULL on t.name: this fails if a row holds NULL
                -- safe form: UPDATE t SET name = <value> WHERE name IS NULL; ALTER TABLE t ALTER COLUMN name SET NOT NULL;
                -- WARNING adds NOT NULL column t.size without a default: this fails if t has rows
                -- safe form: ALTER TABLE t ADD COLUMN size integer; UPDATE t SET size = <value> WHERE size IS NULL; \
                ALTER TABLE t ALTER COLUMN size SET NOT NULL; (or give it a server default: ALTER TABLE t ADD COLUMN \
                size integer NOT NULL DEFAULT <value>;)
                ALTER TABLE t DROP CONSTRAINT IF EXISTS t_name_not_null_check;
                ALTER TABLE t ADD CONSTRAINT t_name_not_null_check CHECK (name IS NOT NULL) NOT VALID;
                -- outside-transaction
                ALTER TABLE t VALIDATE CONSTRAINT t_name_not_null_check;
                -- end-outside-transaction
                ALTER TABLE t ALTER COLUMN name SET NOT NULL;
                ALTER TABLE t DROP CONSTRAINT t_name_not_null_check;
                ALTER TABLE t ADD COLUMN size integer NOT NULL;

                -- downgrade
                ALTER TABLE t DROP COLUMN size;
                ALTER TABLE t ALTER COLUMN name DROP NOT NULL;
                """);
    }

    private static SchemaModel model(Column... columns) {
        TableModel table = new TableModel(QualifiedName.of("t"), List.of(columns),
                PrimaryKeyConstraint.of("id").named("t_pkey"), List.of(), List.of(), List.of(), List.of(), null);
        return new SchemaModel(List.of(), List.of(table), List.of(), List.of());
    }
}
