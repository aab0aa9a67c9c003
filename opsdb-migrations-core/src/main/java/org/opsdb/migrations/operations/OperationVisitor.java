package org.opsdb.migrations.operations;

/**
 * One method per kind of {@link MigrationOperation}: what the DDL renderer, the Java renderer and any other
 * consumer of operations implement, so that the compiler names every consumer a new operation is missing from
 * ({@link MigrationOperation} is sealed; add the new record to its {@code permits} list and a method here).
 *
 * @param <R> what a visit returns
 */
public interface OperationVisitor<R> {

    /** Visits a {@link CreateTable}. */
    R createTable(CreateTable operation);

    /** Visits a {@link DropTable}. */
    R dropTable(DropTable operation);

    /** Visits a {@link RenameTable}. */
    R renameTable(RenameTable operation);

    /** Visits a {@link SetTableSchema}. */
    R setTableSchema(SetTableSchema operation);

    /** Visits a {@link SetTableComment}. */
    R setTableComment(SetTableComment operation);

    /** Visits a {@link AddColumn}. */
    R addColumn(AddColumn operation);

    /** Visits a {@link DropColumn}. */
    R dropColumn(DropColumn operation);

    /** Visits a {@link AlterColumn}. */
    R alterColumn(AlterColumn operation);

    /** Visits a {@link SetColumnComment}. */
    R setColumnComment(SetColumnComment operation);

    /** Visits a {@link CreateIndex}. */
    R createIndex(CreateIndex operation);

    /** Visits a {@link DropIndex}. */
    R dropIndex(DropIndex operation);

    /** Visits a {@link RenameIndex}. */
    R renameIndex(RenameIndex operation);

    /** Visits a {@link AddConstraint}. */
    R addConstraint(AddConstraint operation);

    /** Visits a {@link DropConstraint}. */
    R dropConstraint(DropConstraint operation);

    /** Visits a {@link RenameConstraint}. */
    R renameConstraint(RenameConstraint operation);

    /** Visits a {@link ValidateConstraint}. */
    R validateConstraint(ValidateConstraint operation);

    /** Visits a {@link CreateEnum}. */
    R createEnum(CreateEnum operation);

    /** Visits a {@link DropEnum}. */
    R dropEnum(DropEnum operation);

    /** Visits a {@link AddEnumValue}. */
    R addEnumValue(AddEnumValue operation);

    /** Visits a {@link RenameEnumValue}. */
    R renameEnumValue(RenameEnumValue operation);

    /** Visits a {@link RenameType}. */
    R renameType(RenameType operation);

    /** Visits a {@link CreateDomain}. */
    R createDomain(CreateDomain operation);

    /** Visits a {@link DropDomain}. */
    R dropDomain(DropDomain operation);

    /** Visits a {@link CreateSequence}. */
    R createSequence(CreateSequence operation);

    /** Visits a {@link AlterSequence}. */
    R alterSequence(AlterSequence operation);

    /** Visits a {@link DropSequence}. */
    R dropSequence(DropSequence operation);

    /** Visits a {@link CreateSchema}. */
    R createSchema(CreateSchema operation);

    /** Visits a {@link DropSchema}. */
    R dropSchema(DropSchema operation);

    /** Visits a {@link ExecuteSql}. */
    R executeSql(ExecuteSql operation);

    /** Visits a {@link BulkInsert}. */
    R bulkInsert(BulkInsert operation);

    /** Visits a {@link FillNulls}. */
    R fillNulls(FillNulls operation);

    /** Visits an {@link OutsideTransaction} block. */
    R outsideTransaction(OutsideTransaction operation);
}
