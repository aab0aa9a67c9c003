package org.opsdb.migrations.ddl;

import java.util.List;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.CreateDomain;
import org.opsdb.migrations.operations.DropDomain;

/** Domains: CREATE/DROP DOMAIN. */
final class DomainDdl {

    private DomainDdl() {
    }

    static List<String> createDomain(CreateDomain op) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(Sql.name(op.domain())).append(" AS ")
                .append(op.dataType());
        if (op.serverDefault() != null) {
            sql.append(" DEFAULT ").append(op.serverDefault());
        }
        if (op.notNull()) {
            sql.append(" NOT NULL");
        }
        for (CheckConstraint check : op.checks()) {
            if (check.name() != null) {
                sql.append(" CONSTRAINT ").append(Sql.name(check.name()));
            }
            sql.append(" CHECK (").append(check.expression()).append(')');
        }
        return List.of(sql.toString());
    }

    static List<String> dropDomain(DropDomain op) {
        return List.of("DROP DOMAIN " + Sql.flag(op.ifExists(), "IF EXISTS") + Sql.name(op.domain())
                + Sql.suffix(op.cascade(), "CASCADE"));
    }
}
