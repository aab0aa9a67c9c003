package org.opsdb.migrations.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 17, item 1 beyond entities: a model whose tables and enum type live in a second schema is normalised in a
 * scratch schema of its own (names in deparsed defaults mapped back), so after a clean upgrade check and
 * autogenerate find nothing.
 */
class SecondSchemaModelTest {

    static final ModelSource MODEL = () -> new SchemaModel(List.of("ops"), List.of(new TableModel(
            QualifiedName.of("ops", "run"),
            List.of(Column.of("id", "bigint").notNull(),
                    Column.of("mood", "ops.mood").notNull().serverDefault("'calm'"),
                    Column.of("moods", "ops.mood[]"), Column.of("label", "varchar(32)"),
                    Column.of("started", "timestamptz")),
            new PrimaryKeyConstraint(null, List.of("id")), List.of(),
            List.of(new CheckConstraint("run_label_check", "label in ('a', 'b')")), List.of(), List.of(), null)),
            List.of(new EnumType(QualifiedName.of("ops", "mood"), List.of("calm", "busy"))), List.of());

    @Test
    void aModelInASecondSchemaIsCleanAfterItsUpgrade(@TempDir Path dir) throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("second_schema")) {
            Migrations empty = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
            empty.revision(RevisionRequest.of("ops").autogenerate(MODEL).directory(dir));
            Migrations migrations = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString())
                    .load();
            migrations.upgrade("head");
            assertThat(CatalogFacts.columns(db)).containsExactly(
                    "column ops.run.id bigint not null",
                    "column ops.run.label character varying(32)",
                    "column ops.run.mood ops.mood not null default 'calm'::ops.mood",
                    "column ops.run.moods ops.mood[]",
                    "column ops.run.started timestamp with time zone");
            ModelCheckResult check = migrations.check(MODEL);
            assertThat(check.differences()).isEmpty();
            Path second = migrations.revision(RevisionRequest.of("nothing").autogenerate(MODEL).directory(dir))
                    .path();
            String text = Files.readString(second);
            assertThat(text.substring(text.indexOf("-- upgrade"))).isEqualTo("-- upgrade\n\n-- downgrade\n");
            Files.delete(second);

            // a column dropped and one of the same type added in that table: the probable rename is reported
            SchemaModel renamed = MODEL.load();
            TableModel run = renamed.tables().get(0);
            ModelSource withTitle = () -> new SchemaModel(renamed.schemas(), List.of(new TableModel(run.name(),
                    run.columns().stream().map(c -> c.name().equals("label") ? Column.of("title", "varchar(32)") : c)
                            .toList(), run.primaryKey(), run.uniques(), List.of(), run.foreignKeys(), run.indexes(),
                    run.comment())), renamed.enums(), renamed.sequences());
            RevisionResult result = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString())
                    .load().revision(RevisionRequest.of("title").autogenerate(withTitle).directory(dir));
            assertThat(result.warnings()).contains("column ops.run.label may have been renamed to title (both"
                    + " character varying(32)): to keep its data, pass --rename ops.run.label=title (rename hint"
                    + " column(\"ops.run\", \"label\", \"title\"))");
        }
    }
}
