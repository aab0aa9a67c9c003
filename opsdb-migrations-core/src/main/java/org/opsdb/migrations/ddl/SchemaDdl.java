package org.opsdb.migrations.ddl;

import java.util.List;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.DropSchema;

/** CREATE/DROP SCHEMA. */
final class SchemaDdl {

    private SchemaDdl() {
    }

    static List<String> createSchema(CreateSchema op) {
        return List.of("CREATE SCHEMA " + Sql.flag(op.ifNotExists(), "IF NOT EXISTS") + Sql.name(op.schema()));
    }

    static List<String> dropSchema(DropSchema op) {
        return List.of("DROP SCHEMA " + Sql.flag(op.ifExists(), "IF EXISTS") + Sql.name(op.schema())
                + Sql.suffix(op.cascade(), "CASCADE"));
    }
}
