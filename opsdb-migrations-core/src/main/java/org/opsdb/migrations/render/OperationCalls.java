package org.opsdb.migrations.render;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.AddColumn;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.AddEnumValue;
import org.opsdb.migrations.operations.AlterColumn;
import org.opsdb.migrations.operations.AlterSequence;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.OperationVisitor;
import org.opsdb.migrations.operations.RenameType;
import org.opsdb.migrations.operations.RenameEnumValue;
import org.opsdb.migrations.operations.ExecuteSql;
import org.opsdb.migrations.operations.FillNulls;
import org.opsdb.migrations.operations.DropDomain;
import org.opsdb.migrations.operations.CreateDomain;
import org.opsdb.migrations.operations.BulkInsert;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateEnum;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.CreateSequence;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.DropColumn;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.DropEnum;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.DropSchema;
import org.opsdb.migrations.operations.DropSequence;
import org.opsdb.migrations.operations.DropTable;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.Identity;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.ReferentialAction;
import org.opsdb.migrations.operations.RenameConstraint;
import org.opsdb.migrations.operations.RenameIndex;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.SetTableSchema;
import org.opsdb.migrations.operations.SequenceOptions;
import org.opsdb.migrations.operations.SetColumnComment;
import org.opsdb.migrations.operations.SetTableComment;
import org.opsdb.migrations.operations.TableConstraint;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.operations.OutsideTransaction;
import org.opsdb.migrations.operations.ValidateConstraint;

/**
 * An operation as a typed call of the {@link Operations} API ({@code op.createTable("t", Column.of(...), ...)},
 * {@code op.alterColumn("t", "c", c -> c.type("bigint"))}, ...), or empty when the API cannot say it exactly
 * (then the caller writes {@code op.execute(sql)}). Every call renders to the same SQL as the operation.
 */
final class OperationCalls {

    private static final OperationCalls OP = new OperationCalls("op");
    private static final PostgresDdl DDL = new PostgresDdl();

    /** The {@link Operations} variable the calls are made on: {@code op}, or a block's own. */
    private final String receiver;
    private final Calls calls = new Calls();

    private OperationCalls(String receiver) {
        this.receiver = receiver;
    }

    static Optional<CodeBlock> of(MigrationOperation operation) {
        return OP.call(operation);
    }

    /** {@link #of}, or else {@code op.execute(sql)} for each of the operation's statements. */
    static CodeBlock orExecute(MigrationOperation operation) {
        return OP.callOrExecute(operation);
    }

    private Optional<CodeBlock> call(MigrationOperation operation) {
        return Optional.ofNullable(operation.accept(calls));
    }

    private CodeBlock callOrExecute(MigrationOperation operation) {
        return call(operation).orElseGet(() -> {
            CodeBlock.Builder sql = CodeBlock.builder();
            DDL.render(operation).forEach(statement -> sql.add(statement("op.execute($S)", statement)));
            return sql.build();
        });
    }

    /** Each operation's call, or {@code null} when the API cannot say it exactly. */
    private final class Calls implements OperationVisitor<CodeBlock> {

        @Override
        public CodeBlock createTable(CreateTable t) {
            return t.ifNotExists() ? null : OperationCalls.this.createTable(t);
        }

        @Override
        public CodeBlock dropTable(DropTable t) {
            return t.cascade() || t.ifExists() ? null : statement("op.dropTable($S)", t.table().toString());
        }

        @Override
        public CodeBlock renameTable(RenameTable t) {
            return statement("op.renameTable($S, $S)", t.table().toString(), t.newName());
        }

        @Override
        public CodeBlock setTableSchema(SetTableSchema t) {
            return statement("op.setTableSchema($S, $S)", t.table().toString(), t.schema());
        }

        @Override
        public CodeBlock setTableComment(SetTableComment c) {
            return statement("op.setTableComment($S, $S)", c.table().toString(), c.comment().to());
        }

        @Override
        public CodeBlock addColumn(AddColumn c) {
            return c.ifNotExists() ? statement("op.addColumn($S, $L, a -> a.withIfNotExists())", c.table().toString(),
                    column(c.column())) : statement("op.addColumn($S, $L)", c.table().toString(), column(c.column()));
        }

        @Override
        public CodeBlock dropColumn(DropColumn c) {
            return c.cascade() || c.ifExists() ? null
                    : statement("op.dropColumn($S, $S)", c.table().toString(), c.column());
        }

        @Override
        public CodeBlock alterColumn(AlterColumn a) {
            return OperationCalls.this.alterColumn(a);
        }

        @Override
        public CodeBlock setColumnComment(SetColumnComment c) {
            return statement("op.setColumnComment($S, $S, $S)", c.table().toString(), c.column(), c.comment().to());
        }

        @Override
        public CodeBlock createIndex(CreateIndex i) {
            return OperationCalls.this.createIndex(i);
        }

        @Override
        public CodeBlock dropIndex(DropIndex i) {
            if (i.cascade()) {
                return null;
            }
            if (!i.ifExists() && !i.isConcurrent()) {
                return statement("op.dropIndex($S)", i.index().toString());
            }
            CodeBlock.Builder options = CodeBlock.builder().add("d -> d");
            if (i.isConcurrent()) {
                options.add(".concurrently()");
            }
            if (i.ifExists()) {
                options.add(".withIfExists()");
            }
            return statement("op.dropIndex($S, $L)", i.index().toString(), options.build());
        }

        @Override
        public CodeBlock renameIndex(RenameIndex i) {
            return statement("op.renameIndex($S, $S)", i.index().toString(), i.newName());
        }

        @Override
        public CodeBlock addConstraint(AddConstraint c) {
            return OperationCalls.this.addConstraint(c);
        }

        @Override
        public CodeBlock dropConstraint(DropConstraint c) {
            if (c.cascade()) {
                return null;
            }
            return c.ifExists() ? statement("op.dropConstraint($S, $S, d -> d.withIfExists())", c.name(),
                    c.table().toString()) : statement("op.dropConstraint($S, $S)", c.name(), c.table().toString());
        }

        @Override
        public CodeBlock validateConstraint(ValidateConstraint c) {
            return statement("op.validateConstraint($S, $S)", c.name(), c.table().toString());
        }

        @Override
        public CodeBlock renameConstraint(RenameConstraint c) {
            return statement("op.renameConstraint($S, $S, $S)", c.constraint(), c.table().toString(), c.newName());
        }

        @Override
        public CodeBlock createEnum(CreateEnum e) {
            return statement("op.createEnum($S$L)", e.type().toString(), strings(e.labels(), true));
        }

        @Override
        public CodeBlock dropEnum(DropEnum e) {
            return e.cascade() || e.ifExists() ? null : statement("op.dropEnum($S)", e.type().toString());
        }

        @Override
        public CodeBlock addEnumValue(AddEnumValue v) {
            return v.ifNotExists() ? null : OperationCalls.this.addEnumValue(v);
        }

        @Override
        public CodeBlock renameEnumValue(RenameEnumValue v) {
            return statement("op.renameEnumValue($S, $S, $S)", v.type().toString(), v.from(), v.to());
        }

        @Override
        public CodeBlock renameType(RenameType t) {
            return statement("op.renameType($S, $S)", t.type().toString(), t.newName());
        }

        @Override
        public CodeBlock createDomain(CreateDomain d) {
            return OperationCalls.this.createDomain(d);
        }

        @Override
        public CodeBlock dropDomain(DropDomain d) {
            return d.cascade() || d.ifExists() ? null : statement("op.dropDomain($S)", d.domain().toString());
        }

        @Override
        public CodeBlock createSequence(CreateSequence s) {
            return s.ifNotExists() ? null : statement("op.createSequence($S, $L)", s.sequence().toString(),
                    sequenceOptions(s.options()));
        }

        @Override
        public CodeBlock alterSequence(AlterSequence s) {
            return statement("op.alterSequence($S, $L)", s.sequence().toString(), sequenceOptions(s.changes()));
        }

        @Override
        public CodeBlock dropSequence(DropSequence s) {
            return s.cascade() || s.ifExists() ? null : statement("op.dropSequence($S)", s.sequence().toString());
        }

        @Override
        public CodeBlock createSchema(CreateSchema s) {
            return s.ifNotExists() ? null : statement("op.createSchema($S)", s.schema());
        }

        @Override
        public CodeBlock dropSchema(DropSchema s) {
            return s.cascade() || s.ifExists() ? null : statement("op.dropSchema($S)", s.schema());
        }

        @Override
        public CodeBlock executeSql(ExecuteSql e) {
            return statement("op.execute($S)", e.sql());
        }

        @Override
        public CodeBlock bulkInsert(BulkInsert b) {
            return OperationCalls.this.bulkInsert(b);
        }

        @Override
        public CodeBlock fillNulls(FillNulls f) {
            return statement("op.fillNulls($S, $S, $S)", f.table().toString(), f.column(), f.value());
        }

        /** {@code op.outsideTransaction(outside -> { outside.…; })}. */
        @Override
        public CodeBlock outsideTransaction(OutsideTransaction block) {
            OperationCalls outside = new OperationCalls("outside");
            CodeBlock.Builder body = CodeBlock.builder();
            block.operations().forEach(operation -> body.add(outside.callOrExecute(operation)));
            return CodeBlock.builder().add("$L.outsideTransaction($L -> {\n$>", receiver, outside.receiver)
                    .add(body.build()).add("$<});\n").build();
        }
    }

    /** {@code format} (a call on {@code op.}) as a statement on this receiver. */
    private CodeBlock statement(String format, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = receiver;
        System.arraycopy(args, 0, all, 1, args.length);
        return CodeBlock.builder().addStatement("$L" + format.substring("op".length()), all).build();
    }

    private CodeBlock createTable(CreateTable t) {
        List<CodeBlock> elements = new ArrayList<>();
        t.columns().forEach(c -> elements.add(column(c)));
        for (TableConstraint constraint : t.constraints()) {
            CodeBlock block = constraint(constraint);
            if (block == null) {
                return null;
            }
            elements.add(block);
        }
        CodeBlock list = CodeBlock.join(elements, ",\n");
        if (t.comment() == null) {
            return statement("op.createTable($S,$>\n$L)$<", t.table().toString(), list);
        }
        return statement("op.createTable($S, $T.of($>\n$L), t -> t.comment($S))$<", t.table().toString(), List.class,
                list, t.comment());
    }

    private static CodeBlock column(Column c) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of($S, $S)", Column.class, c.name(), c.type());
        if (!c.isNullable() && c.identity() == null && !c.isPrimaryKey()) {
            b.add(".notNull()");
        }
        if (c.serverDefault() != null) {
            b.add(".serverDefault($S)", c.serverDefault());
        }
        if (c.identity() != null) {
            b.add(".identity($T.$L)", Identity.class, c.identity().name());
        }
        if (c.comment() != null) {
            b.add(".comment($S)", c.comment());
        }
        if (c.isPrimaryKey()) {
            b.add(".primaryKey()");
        }
        return b.build();
    }

    /** A constraint as a value; {@code null} when it has no name (the API names every constraint it adds). */
    private static CodeBlock constraint(TableConstraint constraint) {
        CodeBlock value = null;
        if (constraint instanceof PrimaryKeyConstraint k) {
            value = CodeBlock.of("$T.of($L)", PrimaryKeyConstraint.class, strings(k.columns(), false));
        } else if (constraint instanceof UniqueConstraint u) {
            value = CodeBlock.of("$T.of($L)", UniqueConstraint.class, strings(u.columns(), false));
        } else if (constraint instanceof CheckConstraint c) {
            value = CodeBlock.of("$T.of($S)", CheckConstraint.class, c.expression());
        } else if (constraint instanceof ForeignKeyConstraint fk) {
            value = foreignKey(fk);
        }
        if (value == null || constraint.name() == null || constraint instanceof ForeignKeyConstraint) {
            return value;
        }
        return CodeBlock.of("$L.named($S)", value, constraint.name());
    }

    private static CodeBlock foreignKey(ForeignKeyConstraint fk) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of($T.of($L), $S, $T.of($L))", ForeignKeyConstraint.class,
                List.class, strings(fk.columns(), false), fk.referencedTable().toString(), List.class,
                strings(fk.referencedColumns(), false));
        if (fk.name() != null) {
            b.add(".named($S)", fk.name());
        }
        if (fk.onDelete() != null) {
            b.add(".onDelete($T.$L)", ReferentialAction.class, fk.onDelete().name());
        }
        if (fk.onUpdate() != null) {
            b.add(".onUpdate($T.$L)", ReferentialAction.class, fk.onUpdate().name());
        }
        if (fk.isInitiallyDeferred()) {
            b.add(".initiallyDeferred()");
        } else if (fk.isDeferrable()) {
            b.add(".deferrable()");
        }
        return b.build();
    }

    private CodeBlock addConstraint(AddConstraint add) {
        String table = add.table().toString();
        TableConstraint constraint = add.constraint();
        if (add.isNotValid() || add.usingIndex() != null) {
            CodeBlock value = constraint(constraint);
            if (value == null) {
                return null;
            }
            CodeBlock option = add.isNotValid() ? CodeBlock.of("c -> c.notValid()")
                    : CodeBlock.of("c -> c.usingIndex($S)", add.usingIndex());
            return statement("op.addConstraint($S, $L, $L)", table, value, option);
        }
        if (constraint instanceof ForeignKeyConstraint fk) {
            return statement("op.createForeignKey($S, $L)", table, foreignKey(fk));
        }
        if (constraint.name() == null) {
            return null;
        }
        if (constraint instanceof PrimaryKeyConstraint k) {
            return statement("op.createPrimaryKey($S, $S$L)", k.name(), table, strings(k.columns(), true));
        }
        if (constraint instanceof UniqueConstraint u) {
            return statement("op.createUniqueConstraint($S, $S$L)", u.name(), table, strings(u.columns(), true));
        }
        if (constraint instanceof CheckConstraint c) {
            return statement("op.createCheckConstraint($S, $S, $S)", c.name(), table, c.expression());
        }
        return null;
    }

    private CodeBlock alterColumn(AlterColumn a) {
        String table = a.table().toString();
        if (a.newName() != null && a.type() == null && a.nullable() == null && a.serverDefault() == null
                && a.identity() == null && a.comment() == null) {
            return statement("op.renameColumn($S, $S, $S)", table, a.column(), a.newName());
        }
        CodeBlock.Builder change = CodeBlock.builder().add("c -> c");
        if (a.type() != null) {
            change.add(".type($S)", a.type().to());
        }
        if (a.using() != null) {
            change.add(".using($S)", a.using());
        }
        if (a.castThrough() != null) {
            change.add(".usingCast($L)", strings(a.castThrough(), false));
        }
        if (a.nullable() != null) {
            change.add(a.nullable().to() ? ".dropNotNull()" : ".setNotNull()");
        }
        if (a.serverDefault() != null) {
            if (a.serverDefault().to() == null) {
                change.add(".dropDefault()");
            } else {
                change.add(".serverDefault($S)", a.serverDefault().to());
            }
        }
        if (a.identity() != null) {
            if (a.identity().to() == null) {
                change.add(".dropIdentity()");
            } else {
                change.add(".identity($T.$L)", Identity.class, a.identity().to().name());
            }
        }
        if (a.comment() != null) {
            if (a.comment().to() == null) {
                change.add(".comment((String) null)");
            } else {
                change.add(".comment($S)", a.comment().to());
            }
        }
        if (a.newName() != null) {
            change.add(".rename($S)", a.newName());
        }
        return statement("op.alterColumn($S, $S, $L)", table, a.column(), change.build());
    }

    private CodeBlock createIndex(CreateIndex i) {
        boolean keysAsText = i.elements().stream().allMatch(e -> IndexElement.parse(e.text()).equals(e));
        if (!keysAsText) {
            return null;
        }
        List<String> keys = i.elements().stream().map(IndexElement::text).toList();
        String table = i.table().toString();
        if (!i.isUnique() && i.method() == null && i.where() == null && i.include().isEmpty() && !i.isConcurrent()
                && !i.ifNotExists()) {
            return statement("op.createIndex($S, $S$L)", i.name(), table, strings(keys, true));
        }
        CodeBlock.Builder options = CodeBlock.builder().add("i -> i");
        if (i.isUnique()) {
            options.add(".unique()");
        }
        if (i.method() != null) {
            options.add(".using($S)", i.method());
        }
        if (i.where() != null) {
            options.add(".where($S)", i.where());
        }
        if (!i.include().isEmpty()) {
            options.add(".include($L)", strings(i.include(), false));
        }
        if (i.isConcurrent()) {
            options.add(".concurrently()");
        }
        if (i.ifNotExists()) {
            options.add(".withIfNotExists()");
        }
        return statement("op.createIndex($S, $S, $T.of($L), $L)", i.name(), table, List.class, strings(keys, false),
                options.build());
    }

    private CodeBlock addEnumValue(AddEnumValue v) {
        if (v.before() == null && v.after() == null) {
            return statement("op.addEnumValue($S, $S)", v.type().toString(), v.value());
        }
        return statement("op.addEnumValue($S, $S, v -> v.$L($S))", v.type().toString(), v.value(),
                v.before() != null ? "before" : "after", v.before() != null ? v.before() : v.after());
    }

    private CodeBlock createDomain(CreateDomain d) {
        CodeBlock.Builder options = CodeBlock.builder().add("d -> d");
        if (d.notNull()) {
            options.add(".withNotNull()");
        }
        if (d.serverDefault() != null) {
            options.add(".withDefault($S)", d.serverDefault());
        }
        for (CheckConstraint check : d.checks()) {
            options.add(".withCheck($T.of($S)$L)", CheckConstraint.class, check.expression(),
                    check.name() == null ? CodeBlock.of("") : CodeBlock.of(".named($S)", check.name()));
        }
        return statement("op.createDomain($S, $S, $L)", d.domain().toString(), d.dataType(), options.build());
    }

    /** {@code op.bulkInsert("t", List.of(BulkInsert.row("id", 1L, ...), ...))}, or null for a value it cannot write. */
    private CodeBlock bulkInsert(BulkInsert b) {
        List<CodeBlock> rows = new ArrayList<>();
        for (Map<String, Object> row : b.rows()) {
            List<CodeBlock> pairs = new ArrayList<>();
            for (Map.Entry<String, Object> cell : row.entrySet()) {
                CodeBlock value = JavaLiterals.of(cell.getValue());
                if (value == null) {
                    return null;
                }
                pairs.add(CodeBlock.of("$S, $L", cell.getKey(), value));
            }
            rows.add(CodeBlock.of("$T.row($L)", BulkInsert.class, CodeBlock.join(pairs, ", ")));
        }
        return statement("op.bulkInsert($S, $T.of($>\n$L))$<", b.table().toString(), List.class,
                CodeBlock.join(rows, ",\n"));
    }

    private static CodeBlock sequenceOptions(SequenceOptions o) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.DEFAULTS", SequenceOptions.class);
        if (o == null) {
            return b.build();
        }
        if (o.dataType() != null) {
            b.add(".dataType($S)", o.dataType());
        }
        number(b, "start", o.start());
        number(b, "increment", o.increment());
        number(b, "minValue", o.minValue());
        number(b, "maxValue", o.maxValue());
        number(b, "cache", o.cache());
        if (o.cycle() != null) {
            b.add(".cycle($L)", o.cycle());
        }
        if (SequenceOptions.NO_OWNER.equals(o.ownedBy())) {
            b.add(".ownedByNone()");
        } else if (o.ownedBy() != null) {
            b.add(".ownedBy($S, $S)", o.ownedBy().table().toString(), o.ownedBy().column());
        }
        return b.build();
    }

    private static void number(CodeBlock.Builder b, String option, Long value) {
        if (value != null) {
            b.add(".$L($LL)", option, value);
        }
    }

    /** {@code "a", "b"}, with a leading {@code ", "} when {@code leadingComma}. */
    private static CodeBlock strings(List<String> values, boolean leadingComma) {
        CodeBlock joined = CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
        return leadingComma && !values.isEmpty() ? CodeBlock.of(", $L", joined) : joined;
    }
}
