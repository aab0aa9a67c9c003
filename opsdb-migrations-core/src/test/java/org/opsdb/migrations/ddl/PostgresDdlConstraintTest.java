package org.opsdb.migrations.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdb.migrations.operations.ReferentialAction.CASCADE;
import static org.opsdb.migrations.operations.ReferentialAction.SET_NULL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.operations.ValidateConstraint;

/** PostgreSQL rendering: Constraints. */
class PostgresDdlConstraintTest {

    private static final QualifiedName USER = QualifiedName.of("user");
    private static final QualifiedName OBS = QualifiedName.of("ops", "observation");

    private static List<String> render(MigrationOperation op) {
        return new PostgresDdl().render(op);
    }

    @Test
    void addEachKind() {
        assertThat(render(new AddConstraint(USER, UniqueConstraint.of("email", "Tenant").named("uq_user"))))
                .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT uq_user UNIQUE (email, \"Tenant\")");
        assertThat(render(new AddConstraint(USER, CheckConstraint.of("age >= 0").named("ck_age"))))
                .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT ck_age CHECK (age >= 0)");
        assertThat(render(new AddConstraint(USER, PrimaryKeyConstraint.of("id").named("pk_user"))))
                .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT pk_user PRIMARY KEY (id)");
        assertThat(render(new AddConstraint(USER, UniqueConstraint.of("email"))))
                .containsExactly("ALTER TABLE \"user\" ADD UNIQUE (email)");
    }

    @Test
    void foreignKeyOptions() {
        ForeignKeyConstraint fk = ForeignKeyConstraint.of(List.of("a", "b"), "ops.order", List.of("x", "y"))
                .named("fk_ab").onDelete(SET_NULL).onUpdate(CASCADE).deferrable();
        assertThat(render(new AddConstraint(OBS, fk))).containsExactly(
                "ALTER TABLE ops.observation ADD CONSTRAINT fk_ab FOREIGN KEY (a, b) REFERENCES ops.\"order\" (x, y) "
                        + "ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE");
        assertThat(render(new AddConstraint(OBS, ForeignKeyConstraint.of("user_id", "user", "id"))))
                .containsExactly("ALTER TABLE ops.observation ADD FOREIGN KEY (user_id) REFERENCES \"user\" (id)");
    }

    @Test
    void safeForms() {
        assertThat(render(new AddConstraint(OBS, ForeignKeyConstraint.of("user_id", "user", "id").named("fk_user"))
                .notValid())).containsExactly("ALTER TABLE ops.observation ADD CONSTRAINT fk_user FOREIGN KEY (user_id)"
                + " REFERENCES \"user\" (id) NOT VALID");
        assertThat(render(new AddConstraint(USER, CheckConstraint.of("age >= 0").named("ck_age")).notValid()))
                .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT ck_age CHECK (age >= 0) NOT VALID");
        assertThat(render(new ValidateConstraint(USER, "Ck_age")))
                .containsExactly("ALTER TABLE \"user\" VALIDATE CONSTRAINT \"Ck_age\"");
        assertThat(render(new AddConstraint(USER, UniqueConstraint.of("email").named("uq_user")).usingIndex("Ix")))
                .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT uq_user UNIQUE USING INDEX \"Ix\"");
        assertThat(render(new AddConstraint(USER, PrimaryKeyConstraint.of("id").named("pk_user")).usingIndex("pk_user")))
                .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT pk_user PRIMARY KEY USING INDEX pk_user");
        assertThatThrownBy(() -> new AddConstraint(USER, UniqueConstraint.of("email").named("uq")).notValid())
                .hasMessage("NOT VALID applies to FOREIGN KEY and CHECK constraints only");
        assertThatThrownBy(() -> new AddConstraint(USER, CheckConstraint.of("a > 0").named("ck")).usingIndex("ix"))
                .hasMessage("USING INDEX applies to named UNIQUE and PRIMARY KEY constraints only");
    }

    @Test
    void dropConstraint() {
        assertThat(render(new DropConstraint(USER, "Uq", false, false)))
                .containsExactly("ALTER TABLE \"user\" DROP CONSTRAINT \"Uq\"");
        assertThat(render(new DropConstraint(USER, "uq", true, true)))
                .containsExactly("ALTER TABLE \"user\" DROP CONSTRAINT IF EXISTS uq CASCADE");
    }

    @Test
    void mismatchedForeignKeyColumnsAreRefused() {
        assertThatThrownBy(() -> ForeignKeyConstraint.of(List.of("a", "b"), "t", List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
