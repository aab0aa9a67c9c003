package org.opsdb.migrations.ddl;

import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.DropTable;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.SetTableSchema;

/** CREATE/DROP/RENAME TABLE. */
final class TableDdl {

    private TableDdl() {
    }

    /** The CREATE TABLE statement followed by the table and column comments. */
    static List<String> createTable(CreateTable op) {
        List<String> elements = new ArrayList<>();
        for (Column column : op.columns()) {
            elements.add(ColumnDdl.definition(column, false));
        }
        boolean explicitPk = op.constraints().stream().anyMatch(PrimaryKeyConstraint.class::isInstance);
        if (!explicitPk) {
            op.primaryKey().ifPresent(pk -> elements.add(ConstraintDdl.clause(pk)));
        }
        op.constraints().forEach(constraint -> elements.add(ConstraintDdl.clause(constraint)));
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE " + Sql.flag(op.ifNotExists(), "IF NOT EXISTS") + Sql.name(op.table())
                + " (" + String.join(", ", elements) + ")");
        if (op.comment() != null) {
            sql.add(CommentDdl.onTable(op.table(), op.comment()));
        }
        for (Column column : op.columns()) {
            if (column.comment() != null) {
                sql.add(CommentDdl.onColumn(op.table(), column.name(), column.comment()));
            }
        }
        return sql;
    }

    static List<String> dropTable(DropTable op) {
        return List.of("DROP TABLE " + Sql.flag(op.ifExists(), "IF EXISTS") + Sql.name(op.table())
                + Sql.suffix(op.cascade(), "CASCADE"));
    }

    static List<String> renameTable(RenameTable op) {
        return List.of(Sql.alterTable(op.table()) + "RENAME TO " + Sql.name(op.newName()));
    }

    static List<String> setTableSchema(SetTableSchema op) {
        return List.of(Sql.alterTable(op.table()) + "SET SCHEMA " + Sql.name(op.schema()));
    }
}
