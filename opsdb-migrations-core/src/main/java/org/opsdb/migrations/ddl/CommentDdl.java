package org.opsdb.migrations.ddl;

import java.util.List;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.SetColumnComment;
import org.opsdb.migrations.operations.SetTableComment;

/** {@code COMMENT ON TABLE/COLUMN}. */
final class CommentDdl {

    private CommentDdl() {
    }

    static List<String> setTableComment(SetTableComment op) {
        return List.of(onTable(op.table(), op.comment().to()));
    }

    static List<String> setColumnComment(SetColumnComment op) {
        return List.of(onColumn(op.table(), op.column(), op.comment().to()));
    }

    static String onTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + Sql.name(table) + " IS " + text(comment);
    }

    static String onColumn(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + Sql.name(table) + "." + Sql.name(column) + " IS " + text(comment);
    }

    private static String text(String comment) {
        return comment == null ? "NULL" : SqlLiterals.string(comment);
    }
}
