package org.opsdb.migrations.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReverseTest {

    private static final QualifiedName T = QualifiedName.of("ops", "t");

    @Test
    void createTableAndDropTable() {
        CreateTable create = CreateTable.of("ops.t", Column.of("id", "uuid").primaryKey());
        assertThat(create.reverse()).contains(new DropTable(T, false, false, create));
        assertThat(create.reverse().flatMap(MigrationOperation::reverse)).contains(create);
        assertThat(DropTable.of("ops.t").reverse()).isEmpty();
        assertThat(DropTable.of("ops.t").withDefinition(create).withCascade().reverse()).isEmpty();
    }

    @Test
    void renames() {
        assertThat(new RenameTable(T, "u").reverse()).contains(new RenameTable(QualifiedName.of("ops", "u"), "t"));
        assertThat(new RenameType(T, "u").reverse()).contains(new RenameType(QualifiedName.of("ops", "u"), "t"));
        assertThat(new RenameEnumValue(T, "a", "b").reverse()).contains(new RenameEnumValue(T, "b", "a"));
    }

    @Test
    void addAndDropColumn() {
        Column column = Column.of("c", "text").notNull();
        AddColumn add = new AddColumn(T, column, false);
        assertThat(add.reverse()).contains(new DropColumn(T, "c", false, false, column));
        assertThat(add.reverse().flatMap(MigrationOperation::reverse)).contains(add);
        assertThat(new DropColumn(T, "c", false, false, null).reverse()).isEmpty();
    }

    @Test
    void alterColumnReversesOnlyWhenEveryPreviousValueIsKnown() {
        AlterColumn known = AlterColumn.of("ops.t", "c").type(Change.between("int", "bigint")).using("c::bigint")
                .nullable(Change.between(true, false)).serverDefault(Change.between(null, "0"))
                .comment(Change.between("old", "new")).rename("d");
        assertThat(known.reverse()).contains(new AlterColumn(T, "d", Change.between("bigint", "int"), null, null,
                Change.between(false, true), Change.between("0", null), null, Change.between("new", "old"), "c"));
        assertThat(AlterColumn.of("t", "c").rename("d").reverse()).contains(AlterColumn.of("t", "d").rename("c"));
        assertThat(AlterColumn.of("t", "c").type("bigint").reverse()).isEmpty();
        assertThat(AlterColumn.of("t", "c").setNotNull().reverse()).isEmpty();
    }

    @Test
    void indexes() {
        CreateIndex index = CreateIndex.of("ix", "ops.t", "a").concurrently();
        assertThat(index.reverse()).contains(new DropIndex(QualifiedName.of("ops", "ix"), true, false, false, index));
        assertThat(index.reverse().flatMap(MigrationOperation::reverse)).contains(index);
        assertThat(DropIndex.of("ix").reverse()).isEmpty();
    }

    @Test
    void constraints() {
        UniqueConstraint unique = UniqueConstraint.of("a").named("uq");
        assertThat(new AddConstraint(T, unique).reverse()).contains(new DropConstraint(T, "uq", false, false, unique));
        assertThat(new AddConstraint(T, UniqueConstraint.of("a")).reverse()).isEmpty();
        assertThat(new DropConstraint(T, "ck", false, false, CheckConstraint.of("a > 0")).reverse())
                .contains(new AddConstraint(T, CheckConstraint.of("a > 0").named("ck")));
        assertThat(new DropConstraint(T, "ck", false, false, null).reverse()).isEmpty();
    }

    @Test
    void enums() {
        CreateEnum create = new CreateEnum(T, List.of("a", "b"));
        assertThat(create.reverse()).contains(new DropEnum(T, false, false, List.of("a", "b")));
        assertThat(create.reverse().flatMap(MigrationOperation::reverse)).contains(create);
        assertThat(new DropEnum(T, false, false, null).reverse()).isEmpty();
        assertThat(new DropEnum(T, false, true, List.of("a")).reverse()).isEmpty();
        assertThat(AddEnumValue.of("t", "c").reverse()).isEmpty();
    }

    @Test
    void sequencesSchemasAndComments() {
        CreateSequence sequence = new CreateSequence(T, SequenceOptions.DEFAULTS.start(5), false);
        assertThat(sequence.reverse()).contains(new DropSequence(T, false, false, sequence));
        SequenceOptions before = SequenceOptions.DEFAULTS.increment(1);
        SequenceOptions after = SequenceOptions.DEFAULTS.increment(2);
        assertThat(new AlterSequence(T, after, before).reverse()).contains(new AlterSequence(T, before, after));
        assertThat(new AlterSequence(T, after, null).reverse()).isEmpty();
        assertThat(new CreateSchema("s", true).reverse()).contains(new DropSchema("s", false, false));
        assertThat(new DropSchema("s", false, false).reverse()).contains(new CreateSchema("s", false));
        assertThat(new DropSchema("s", false, true).reverse()).isEmpty();
        assertThat(new SetTableComment(T, Change.between(null, "x")).reverse())
                .contains(new SetTableComment(T, Change.between("x", null)));
        assertThat(new SetColumnComment(T, "c", Change.to("x")).reverse()).isEmpty();
    }

    @Test
    void rawSqlAndData() {
        assertThat(ExecuteSql.of("SELECT 1").reverse()).isEmpty();
        assertThat(new ExecuteSql("UPDATE a", "UPDATE b").reverse()).contains(new ExecuteSql("UPDATE b", "UPDATE a"));
        assertThat(new BulkInsert(T, List.of(Map.of("a", 1))).reverse()).isEmpty();
    }

    @Test
    void valueSemantics() {
        assertThat(Column.of("a", "int").notNull()).isEqualTo(Column.of("a", "int").notNull())
                .hasSameHashCodeAs(Column.of("a", "int").notNull());
        assertThat(CreateIndex.of("ix", "t", "lower(a)").elements()).containsExactly(IndexElement.expression("lower(a)"));
        assertThat(QualifiedName.parse("a.b")).isEqualTo(QualifiedName.of("a", "b"));
    }
}
