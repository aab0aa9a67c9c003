package org.opsdb.migrations.ddl;

import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.operations.AddEnumValue;
import org.opsdb.migrations.operations.CreateEnum;
import org.opsdb.migrations.operations.DropEnum;
import org.opsdb.migrations.operations.RenameEnumValue;
import org.opsdb.migrations.operations.RenameType;

/** Enum types: CREATE/DROP TYPE, ADD/RENAME VALUE, RENAME TO. No casts are ever created. */
final class EnumDdl {

    private EnumDdl() {
    }

    static List<String> createEnum(CreateEnum op) {
        return List.of("CREATE TYPE " + Sql.name(op.type()) + " AS ENUM ("
                + op.labels().stream().map(SqlLiterals::string).collect(Collectors.joining(", ")) + ")");
    }

    static List<String> dropEnum(DropEnum op) {
        return List.of("DROP TYPE " + Sql.flag(op.ifExists(), "IF EXISTS") + Sql.name(op.type())
                + Sql.suffix(op.cascade(), "CASCADE"));
    }

    static List<String> addValue(AddEnumValue op) {
        String position = op.before() != null ? " BEFORE " + SqlLiterals.string(op.before())
                : op.after() != null ? " AFTER " + SqlLiterals.string(op.after()) : "";
        return List.of("ALTER TYPE " + Sql.name(op.type()) + " ADD VALUE " + Sql.flag(op.ifNotExists(), "IF NOT EXISTS")
                + SqlLiterals.string(op.value()) + position);
    }

    static List<String> renameValue(RenameEnumValue op) {
        return List.of("ALTER TYPE " + Sql.name(op.type()) + " RENAME VALUE " + SqlLiterals.string(op.from())
                + " TO " + SqlLiterals.string(op.to()));
    }

    static List<String> renameType(RenameType op) {
        return List.of("ALTER TYPE " + Sql.name(op.type()) + " RENAME TO " + Sql.name(op.newName()));
    }
}
