package org.opsdb.migrations.autogenerate;

import java.util.List;
import java.util.Optional;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.TableConstraint;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Puts the model's own check expressions back into generated operations. PostgreSQL's deparsed form of an
 * expression does not always deparse to itself when parsed again ({@code ARRAY[...]::text[]} gains casts), so
 * scripts must create what the model says; the deparsed form is only for comparing.
 */
final class RawExpressions {

    private RawExpressions() {
    }

    static List<MigrationOperation> restore(List<MigrationOperation> operations, SchemaModel raw) {
        return operations.stream().map(op -> restore(op, raw)).toList();
    }

    private static MigrationOperation restore(MigrationOperation op, SchemaModel raw) {
        if (op instanceof AddConstraint add && add.constraint() instanceof CheckConstraint check) {
            return new AddConstraint(add.table(), rawCheck(raw, add.table(), check), add.isNotValid(), add.usingIndex());
        }
        if (op instanceof CreateTable create) {
            List<TableConstraint> constraints = create.constraints().stream()
                    .map(c -> c instanceof CheckConstraint check ? (TableConstraint) rawCheck(raw, create.table(), check) : c)
                    .toList();
            return new CreateTable(create.table(), create.columns(), constraints, create.comment(),
                    create.ifNotExists());
        }
        return op;
    }

    private static CheckConstraint rawCheck(SchemaModel raw, QualifiedName table, CheckConstraint check) {
        Optional<CheckConstraint> original = raw.table(table).map(TableModel::checks).orElse(List.of()).stream()
                .filter(c -> c.name() != null && c.name().equals(check.name())).findFirst();
        return original.orElse(check);
    }
}
