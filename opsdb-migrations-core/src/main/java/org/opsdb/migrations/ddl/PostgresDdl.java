package org.opsdb.migrations.ddl;

import java.util.List;
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
import org.opsdb.migrations.operations.FillNulls;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.OperationVisitor;
import org.opsdb.migrations.operations.OutsideTransaction;
import org.opsdb.migrations.operations.RenameEnumValue;
import org.opsdb.migrations.operations.RenameConstraint;
import org.opsdb.migrations.operations.RenameIndex;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.RenameType;
import org.opsdb.migrations.operations.SetColumnComment;
import org.opsdb.migrations.operations.SetTableComment;
import org.opsdb.migrations.operations.SetTableSchema;
import org.opsdb.migrations.operations.ValidateConstraint;

/**
 * The PostgreSQL dialect: renders each {@link MigrationOperation} as SQL statements (without trailing
 * semicolons), in execution order. This is the only place DDL text is produced; the work is split by operation
 * family (tables, columns, constraints, indexes, enums, domains, sequences, schemas, comments, data), and the
 * {@link OperationVisitor} it implements makes a new operation fail to compile until it has a rendering here.
 */
public final class PostgresDdl {

    private static final Statements STATEMENTS = new Statements();

    /** The renderer (it keeps no state). */
    public PostgresDdl() {
    }

    /** The statements for {@code operation}, in the order they must run. */
    public List<String> render(MigrationOperation operation) {
        return List.copyOf(operation.accept(STATEMENTS));
    }

    /** Each operation's statements, from the family class that renders it. */
    private static final class Statements implements OperationVisitor<List<String>> {

        @Override
        public List<String> createTable(CreateTable op) {
            return TableDdl.createTable(op);
        }

        @Override
        public List<String> dropTable(DropTable op) {
            return TableDdl.dropTable(op);
        }

        @Override
        public List<String> renameTable(RenameTable op) {
            return TableDdl.renameTable(op);
        }

        @Override
        public List<String> setTableSchema(SetTableSchema op) {
            return TableDdl.setTableSchema(op);
        }

        @Override
        public List<String> setTableComment(SetTableComment op) {
            return CommentDdl.setTableComment(op);
        }

        @Override
        public List<String> addColumn(AddColumn op) {
            return ColumnDdl.addColumn(op);
        }

        @Override
        public List<String> dropColumn(DropColumn op) {
            return ColumnDdl.dropColumn(op);
        }

        @Override
        public List<String> alterColumn(AlterColumn op) {
            return ColumnDdl.alterColumn(op);
        }

        @Override
        public List<String> setColumnComment(SetColumnComment op) {
            return CommentDdl.setColumnComment(op);
        }

        @Override
        public List<String> createIndex(CreateIndex op) {
            return IndexDdl.createIndex(op);
        }

        @Override
        public List<String> dropIndex(DropIndex op) {
            return IndexDdl.dropIndex(op);
        }

        @Override
        public List<String> renameIndex(RenameIndex op) {
            return IndexDdl.renameIndex(op);
        }

        @Override
        public List<String> addConstraint(AddConstraint op) {
            return ConstraintDdl.addConstraint(op);
        }

        @Override
        public List<String> dropConstraint(DropConstraint op) {
            return ConstraintDdl.dropConstraint(op);
        }

        @Override
        public List<String> renameConstraint(RenameConstraint op) {
            return ConstraintDdl.renameConstraint(op);
        }

        @Override
        public List<String> validateConstraint(ValidateConstraint op) {
            return ConstraintDdl.validateConstraint(op);
        }

        @Override
        public List<String> createEnum(CreateEnum op) {
            return EnumDdl.createEnum(op);
        }

        @Override
        public List<String> dropEnum(DropEnum op) {
            return EnumDdl.dropEnum(op);
        }

        @Override
        public List<String> addEnumValue(AddEnumValue op) {
            return EnumDdl.addValue(op);
        }

        @Override
        public List<String> renameEnumValue(RenameEnumValue op) {
            return EnumDdl.renameValue(op);
        }

        @Override
        public List<String> renameType(RenameType op) {
            return EnumDdl.renameType(op);
        }

        @Override
        public List<String> createDomain(CreateDomain op) {
            return DomainDdl.createDomain(op);
        }

        @Override
        public List<String> dropDomain(DropDomain op) {
            return DomainDdl.dropDomain(op);
        }

        @Override
        public List<String> createSequence(CreateSequence op) {
            return SequenceDdl.createSequence(op);
        }

        @Override
        public List<String> alterSequence(AlterSequence op) {
            return SequenceDdl.alterSequence(op);
        }

        @Override
        public List<String> dropSequence(DropSequence op) {
            return SequenceDdl.dropSequence(op);
        }

        @Override
        public List<String> createSchema(CreateSchema op) {
            return SchemaDdl.createSchema(op);
        }

        @Override
        public List<String> dropSchema(DropSchema op) {
            return SchemaDdl.dropSchema(op);
        }

        @Override
        public List<String> executeSql(ExecuteSql op) {
            return DataDdl.execute(op);
        }

        @Override
        public List<String> bulkInsert(BulkInsert op) {
            return DataDdl.bulkInsert(op);
        }

        @Override
        public List<String> fillNulls(FillNulls op) {
            return DataDdl.fillNulls(op);
        }

        /** The block's statements; {@link SqlOperations} and the script renderers keep them outside the transaction. */
        @Override
        public List<String> outsideTransaction(OutsideTransaction op) {
            return op.operations().stream().flatMap(inner -> inner.accept(this).stream()).toList();
        }
    }
}
