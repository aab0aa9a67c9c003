package org.opsdb.migrations.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdb.migrations.operations.ReferentialAction.CASCADE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.operations.Change;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.DropTable;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.Identity;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.SetTableComment;
import org.opsdb.migrations.operations.UniqueConstraint;

/** PostgreSQL rendering: Tables. */
class PostgresDdlTableTest {

    private static final QualifiedName USER = QualifiedName.of("user");
    private static final QualifiedName OBS = QualifiedName.of("ops", "observation");

    private static List<String> render(MigrationOperation op) {
        return new PostgresDdl().render(op);
    }

    @Test
    void createTableWithColumnsKeysConstraintsAndComments() {
        CreateTable op = CreateTable.of("ops.observation",
                Column.of("id", "uuid").primaryKey(),
                Column.of("status", "observation_status").notNull().serverDefault("'draft'"),
                Column.of("seq", "bigint").identity(Identity.ALWAYS),
                Column.of("Order", "integer").comment("it's the order"),
                Column.of("tags", "text[]"),
                UniqueConstraint.of("seq").named("uq_obs_seq"),
                CheckConstraint.of("\"Order\" > 0"),
                ForeignKeyConstraint.of("status", "ops.status_ref", "code").named("fk_status")
                        .onDelete(CASCADE).initiallyDeferred())
                .comment("Observations");
        assertThat(render(op)).containsExactly(
                "CREATE TABLE ops.observation (id uuid NOT NULL, status observation_status NOT NULL DEFAULT 'draft', "
                        + "seq bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"Order\" integer, tags text[], "
                        + "PRIMARY KEY (id), CONSTRAINT uq_obs_seq UNIQUE (seq), CHECK (\"Order\" > 0), "
                        + "CONSTRAINT fk_status FOREIGN KEY (status) REFERENCES ops.status_ref (code) "
                        + "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)",
                "COMMENT ON TABLE ops.observation IS 'Observations'",
                "COMMENT ON COLUMN ops.observation.\"Order\" IS 'it''s the order'");
    }

    @Test
    void createTableWithExplicitCompositePrimaryKeyAndIfNotExists() {
        CreateTable op = CreateTable.of("user",
                Column.of("a", "int").notNull(), Column.of("b", "int").notNull(),
                PrimaryKeyConstraint.of("a", "b").named("pk_user")).withIfNotExists();
        assertThat(render(op)).containsExactly(
                "CREATE TABLE IF NOT EXISTS \"user\" (a int NOT NULL, b int NOT NULL, CONSTRAINT pk_user PRIMARY KEY (a, b))");
    }

    @Test
    void primaryKeyOnColumnsAndAsConstraintIsRefused() {
        assertThatThrownBy(() -> CreateTable.of("t", Column.of("a", "int").primaryKey(), PrimaryKeyConstraint.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropTableVariants() {
        assertThat(render(DropTable.of("user"))).containsExactly("DROP TABLE \"user\"");
        assertThat(render(DropTable.of("ops.Obs").withIfExists().withCascade()))
                .containsExactly("DROP TABLE IF EXISTS ops.\"Obs\" CASCADE");
    }

    @Test
    void renameTableKeepsSchema() {
        assertThat(render(new RenameTable(OBS, "select")))
                .containsExactly("ALTER TABLE ops.observation RENAME TO \"select\"");
    }

    @Test
    void tableComment() {
        assertThat(render(new SetTableComment(USER, Change.to("People's table"))))
                .containsExactly("COMMENT ON TABLE \"user\" IS 'People''s table'");
        assertThat(render(new SetTableComment(USER, Change.to(null))))
                .containsExactly("COMMENT ON TABLE \"user\" IS NULL");
    }
}
