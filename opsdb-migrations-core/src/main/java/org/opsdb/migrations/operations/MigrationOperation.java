package org.opsdb.migrations.operations;

/**
 * One schema change, as an immutable value. Operations carry no SQL; the dialect renderer
 * ({@code org.opsdb.migrations.ddl.PostgresDdl}) turns them into statements, the Java renderer into calls of
 * {@link Operations}; both are {@link OperationVisitor}s, so a new operation (a new record in the
 * {@code permits} list) does not compile until each says how to render it.
 */
public sealed interface MigrationOperation permits CreateTable, DropTable, RenameTable, SetTableSchema, SetTableComment, AddColumn,
        DropColumn, AlterColumn, SetColumnComment, CreateIndex, DropIndex, RenameIndex, AddConstraint, DropConstraint,
        RenameConstraint, ValidateConstraint,
        CreateEnum, DropEnum, AddEnumValue, RenameEnumValue, RenameType, CreateDomain,
        DropDomain, CreateSequence, AlterSequence, DropSequence, CreateSchema, DropSchema,
        ExecuteSql, BulkInsert, FillNulls, OutsideTransaction {

    /** Calls the {@code visitor}'s method for this kind of operation. */
    <R> R accept(OperationVisitor<R> visitor);
}
