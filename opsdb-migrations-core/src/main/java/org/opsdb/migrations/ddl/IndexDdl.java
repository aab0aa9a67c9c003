package org.opsdb.migrations.ddl;

import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.RenameIndex;

/** CREATE/DROP INDEX. */
final class IndexDdl {

    private IndexDdl() {
    }

    static List<String> createIndex(CreateIndex op) {
        String keys = op.elements().stream().map(IndexDdl::key).collect(Collectors.joining(", ", "(", ")"));
        return List.of("CREATE " + Sql.flag(op.isUnique(), "UNIQUE") + "INDEX "
                + Sql.flag(op.isConcurrent(), "CONCURRENTLY") + Sql.flag(op.ifNotExists(), "IF NOT EXISTS")
                + Sql.name(op.name()) + " ON " + Sql.name(op.table())
                + (op.method() == null ? "" : " USING " + op.method()) + " " + keys
                + (op.include().isEmpty() ? "" : " INCLUDE " + Sql.columnList(op.include()))
                + (op.where() == null ? "" : " WHERE " + op.where()));
    }

    static List<String> dropIndex(DropIndex op) {
        return List.of("DROP INDEX " + Sql.flag(op.isConcurrent(), "CONCURRENTLY")
                + Sql.flag(op.ifExists(), "IF EXISTS") + Sql.name(op.index()) + Sql.suffix(op.cascade(), "CASCADE"));
    }

    static List<String> renameIndex(RenameIndex op) {
        return List.of("ALTER INDEX " + Sql.name(op.index()) + " RENAME TO " + Sql.name(op.newName()));
    }

    private static String key(IndexElement element) {
        String key = element.expression() ? "(" + element.text() + ")" : Sql.name(element.text());
        return element.ordering() == null ? key : key + " " + element.ordering();
    }
}
