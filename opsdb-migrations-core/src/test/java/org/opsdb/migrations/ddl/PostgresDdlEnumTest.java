package org.opsdb.migrations.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdb.migrations.operations.ReferentialAction.CASCADE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.operations.AddEnumValue;
import org.opsdb.migrations.operations.CreateEnum;
import org.opsdb.migrations.operations.DropEnum;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.RenameEnumValue;
import org.opsdb.migrations.operations.RenameType;

/** PostgreSQL rendering: EnumTypes. */
class PostgresDdlEnumTest {


    private static List<String> render(MigrationOperation op) {
        return new PostgresDdl().render(op);
    }

    private final QualifiedName status = QualifiedName.of("telescopestatus");

    @Test
    void createKeepsDeclarationOrderAndEscapesLabels() {
        assertThat(render(new CreateEnum(status, List.of("PARKED", "TRACKING", "it's", "ABORTED"))))
                .containsExactly("CREATE TYPE telescopestatus AS ENUM ('PARKED', 'TRACKING', 'it''s', 'ABORTED')");
        assertThat(render(new CreateEnum(QualifiedName.of("ops", "Status"), List.of("a"))))
                .containsExactly("CREATE TYPE ops.\"Status\" AS ENUM ('a')");
    }

    @Test
    void drop() {
        assertThat(render(new DropEnum(status, false, false))).containsExactly("DROP TYPE telescopestatus");
        assertThat(render(new DropEnum(status, true, true)))
                .containsExactly("DROP TYPE IF EXISTS telescopestatus CASCADE");
    }

    @Test
    void addValue() {
        assertThat(render(AddEnumValue.of("telescopestatus", "SLEWING")))
                .containsExactly("ALTER TYPE telescopestatus ADD VALUE 'SLEWING'");
        assertThat(render(AddEnumValue.of("telescopestatus", "SLEWING").before("TRACKING").withIfNotExists()))
                .containsExactly("ALTER TYPE telescopestatus ADD VALUE IF NOT EXISTS 'SLEWING' BEFORE 'TRACKING'");
        assertThat(render(AddEnumValue.of("ops.telescopestatus", "X").after("PARKED")))
                .containsExactly("ALTER TYPE ops.telescopestatus ADD VALUE 'X' AFTER 'PARKED'");
    }

    @Test
    void renameValueAndType() {
        assertThat(render(new RenameEnumValue(status, "PARKED", "IDLE")))
                .containsExactly("ALTER TYPE telescopestatus RENAME VALUE 'PARKED' TO 'IDLE'");
        assertThat(render(new RenameType(status, "telescopestatus_old")))
                .containsExactly("ALTER TYPE telescopestatus RENAME TO telescopestatus_old");
    }

    @Test
    void duplicateLabelsAreRefused() {
        assertThatThrownBy(() -> new CreateEnum(status, List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
