package org.opsdb.migrations.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.EnumValueRemoval.EnumColumn;

class EnumValueRemovalTest {

    @Test
    void renamesRecreatesConvertsEachColumnAndDropsTheOldType() {
        List<MigrationOperation> ops = EnumValueRemoval.of(QualifiedName.of("telescopestatus"),
                List.of("PARKED", "TRACKING"),
                List.of(EnumColumn.of("telescope", "status"), EnumColumn.of("ops.user", "Last").withDefault("'PARKED'")));
        PostgresDdl ddl = new PostgresDdl();
        assertThat(ops.stream().flatMap(op -> ddl.render(op).stream()).toList()).containsExactly(
                "ALTER TYPE telescopestatus RENAME TO telescopestatus_old",
                "CREATE TYPE telescopestatus AS ENUM ('PARKED', 'TRACKING')",
                "ALTER TABLE telescope ALTER COLUMN status TYPE telescopestatus USING status::text::telescopestatus",
                "ALTER TABLE ops.\"user\" ALTER COLUMN \"Last\" DROP DEFAULT",
                "ALTER TABLE ops.\"user\" ALTER COLUMN \"Last\" TYPE telescopestatus USING \"Last\"::text::telescopestatus",
                "ALTER TABLE ops.\"user\" ALTER COLUMN \"Last\" SET DEFAULT 'PARKED'",
                "DROP TYPE telescopestatus_old");
    }

    @Test
    void schemaQualifiedTypeStaysInItsSchema() {
        List<MigrationOperation> ops = EnumValueRemoval.of(QualifiedName.of("ops", "Status"), List.of("a"), List.of());
        assertThat(ops).containsExactly(
                new RenameType(QualifiedName.of("ops", "Status"), "Status_old"),
                new CreateEnum(QualifiedName.of("ops", "Status"), List.of("a")),
                new DropEnum(QualifiedName.of("ops", "Status_old"), false, false));
    }
}
