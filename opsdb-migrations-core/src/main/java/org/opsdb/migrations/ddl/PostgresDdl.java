package org.opsdb.migrations.ddl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opsdb.migrations.operations.AddColumn;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.AddEnumValue;
import org.opsdb.migrations.operations.AlterColumn;
import org.opsdb.migrations.operations.AlterSequence;
import org.opsdb.migrations.operations.BulkInsert;
import org.opsdb.migrations.operations.CreateDomain;
import org.opsdb.migrations.operations.CreateEnum;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.CreateSequence;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.DropColumn;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.DropDomain;
import org.opsdb.migrations.operations.DropEnum;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.DropSchema;
import org.opsdb.migrations.operations.DropSequence;
import org.opsdb.migrations.operations.DropTable;
import org.opsdb.migrations.operations.ExecuteSql;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.RenameEnumValue;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.RenameType;
import org.opsdb.migrations.operations.SetColumnComment;
import org.opsdb.migrations.operations.SetTableComment;

/**
 * The PostgreSQL dialect: renders each {@link MigrationOperation} as SQL statements (without trailing
 * semicolons), in execution order. This is the only place DDL text is produced; the work is split by operation
 * family (tables, columns, constraints, indexes, enums, domains, sequences, schemas, comments, data).
 */
public final class PostgresDdl {

    private final Map<Class<?>, Function<MigrationOperation, List<String>>> renderers = new HashMap<>();

    /** A renderer for every operation type in {@code org.opsdb.migrations.operations}. */
    public PostgresDdl() {
        on(CreateTable.class, TableDdl::createTable);
        on(DropTable.class, TableDdl::dropTable);
        on(RenameTable.class, TableDdl::renameTable);
        on(AddColumn.class, ColumnDdl::addColumn);
        on(DropColumn.class, ColumnDdl::dropColumn);
        on(AlterColumn.class, ColumnDdl::alterColumn);
        on(CreateIndex.class, IndexDdl::createIndex);
        on(DropIndex.class, IndexDdl::dropIndex);
        on(AddConstraint.class, ConstraintDdl::addConstraint);
        on(DropConstraint.class, ConstraintDdl::dropConstraint);
        on(CreateEnum.class, EnumDdl::createEnum);
        on(DropEnum.class, EnumDdl::dropEnum);
        on(AddEnumValue.class, EnumDdl::addValue);
        on(RenameEnumValue.class, EnumDdl::renameValue);
        on(RenameType.class, EnumDdl::renameType);
        on(CreateSequence.class, SequenceDdl::createSequence);
        on(AlterSequence.class, SequenceDdl::alterSequence);
        on(DropSequence.class, SequenceDdl::dropSequence);
        on(CreateDomain.class, DomainDdl::createDomain);
        on(DropDomain.class, DomainDdl::dropDomain);
        on(CreateSchema.class, SchemaDdl::createSchema);
        on(DropSchema.class, SchemaDdl::dropSchema);
        on(SetTableComment.class, CommentDdl::setTableComment);
        on(SetColumnComment.class, CommentDdl::setColumnComment);
        on(ExecuteSql.class, DataDdl::execute);
        on(BulkInsert.class, DataDdl::bulkInsert);
    }

    /** The statements for {@code operation}, in the order they must run. */
    public List<String> render(MigrationOperation operation) {
        Function<MigrationOperation, List<String>> renderer = renderers.get(operation.getClass());
        if (renderer == null) {
            throw new IllegalArgumentException("no PostgreSQL rendering for " + operation.getClass().getName());
        }
        return List.copyOf(renderer.apply(operation));
    }

    private <T extends MigrationOperation> void on(Class<T> type, Function<T, List<String>> renderer) {
        renderers.put(type, operation -> renderer.apply(type.cast(operation)));
    }
}
