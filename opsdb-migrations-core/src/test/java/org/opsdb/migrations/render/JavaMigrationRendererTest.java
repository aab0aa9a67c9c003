package org.opsdb.migrations.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.ddl.SqlOperations;
import org.opsdb.migrations.operations.AddColumn;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.AddEnumValue;
import org.opsdb.migrations.operations.AlterColumn;
import org.opsdb.migrations.operations.AlterSequence;
import org.opsdb.migrations.operations.BulkInsert;
import org.opsdb.migrations.operations.Change;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.Column;
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
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.Identity;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.OutsideTransaction;
import org.opsdb.migrations.operations.ValidateConstraint;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.ReferentialAction;
import org.opsdb.migrations.operations.RenameConstraint;
import org.opsdb.migrations.operations.RenameEnumValue;
import org.opsdb.migrations.operations.RenameIndex;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.RenameType;
import org.opsdb.migrations.operations.SetTableSchema;
import org.opsdb.migrations.operations.SequenceOptions;
import org.opsdb.migrations.operations.SetColumnComment;
import org.opsdb.migrations.operations.SetTableComment;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.script.Migration;

/**
 * The Java renderer writes typed {@link Operations} calls: the rendered class is compiled with the system Java
 * compiler, run through {@link SqlOperations#rendering} and must produce exactly the SQL the SQL renderer writes for
 * the same operations.
 */
class JavaMigrationRendererTest {

    private static final QualifiedName T = QualifiedName.of("telescope");

    /** A representative list: every operation the diff produces, with every option the API can express. */
    private static final List<MigrationOperation> OPERATIONS = List.of(
            new CreateSchema("archive", false),
            new CreateEnum(QualifiedName.of("archive", "mood"), List.of("sad", "it's ok")),
            AddEnumValue.of("mood", "happy").before("sad"),
            AddEnumValue.of("mood", "ecstatic").after("happy"),
            AddEnumValue.of("mood", "meh"),
            new CreateSequence(QualifiedName.of("ticket_seq"), SequenceOptions.DEFAULTS.dataType("integer").start(10)
                    .increment(5).minValue(1).maxValue(1000).cache(20).cycle(true), false),
            new AlterSequence(QualifiedName.of("ticket_seq"), SequenceOptions.DEFAULTS.ownedBy("telescope", "id")),
            new AlterSequence(QualifiedName.of("ticket_seq"), SequenceOptions.DEFAULTS.ownedByNone()),
            new CreateTable(T, List.of(
                    Column.of("id", "bigint").identity(Identity.ALWAYS),
                    Column.of("Name", "character varying(80)").notNull().comment("its \"name\""),
                    Column.of("at", "timestamp with time zone").notNull().serverDefault("now()"),
                    Column.of("seq", "serial").notNull(),
                    Column.of("mood", "archive.mood")),
                    List.of(PrimaryKeyConstraint.of("id").named("telescope_pkey"),
                            UniqueConstraint.of("Name", "at").named("telescope_name_at_key"),
                            CheckConstraint.of("length(\"Name\") > 2").named("telescope_name_check")),
                    "one per site", false),
            new CreateTable(QualifiedName.of("archive", "log"), List.of(Column.of("id", "integer")), List.of(), null,
                    false),
            new AddColumn(T, Column.of("mirror_mm", "integer").notNull().serverDefault("0"), false),
            AlterColumn.of("telescope", "mirror_mm").type("bigint").using("mirror_mm::bigint").dropNotNull()
                    .dropDefault().comment("in mm"),
            AlterColumn.of("telescope", "at").setNotNull().serverDefault("'2000-01-01'"),
            AlterColumn.of("telescope", "mirror_mm").comment((String) null),
            AlterColumn.of("telescope", "seq").rename("no"),
            AlterColumn.of("telescope", "id").dropIdentity(),
            AlterColumn.of("telescope", "id").identity(Identity.BY_DEFAULT),
            AlterColumn.of("telescope", "mirror_mm").type("numeric(12,1)").usingCast(),
            AlterColumn.of("telescope", "mood").type("archive.mood").usingCast("text", "varchar"),
            new FillNulls(T, "mirror_mm", "0"),
            new SetTableComment(T, Change.to("one per site, really")),
            new SetColumnComment(T, "at", Change.to("when")),
            CreateIndex.of("ix_plain", "telescope", "at"),
            CreateIndex.of("ix_all", "telescope", "lower(\"Name\")", "at").unique().where("(at IS NOT NULL)")
                    .include("mood"),
            CreateIndex.of("ix_gin", "archive.log", "id").using("gin"),
            new CreateIndex("ix_sorted", T, List.of(IndexElement.column("at").ordered("DESC NULLS LAST")), false, null,
                    null, false, false),
            new AddConstraint(T, UniqueConstraint.of("mood").named("telescope_mood_key")),
            new AddConstraint(T, CheckConstraint.of("mirror_mm > 0").named("telescope_mirror_mm_check")),
            new AddConstraint(QualifiedName.of("archive", "log"), PrimaryKeyConstraint.of("id").named("log_pkey")),
            new AddConstraint(QualifiedName.of("archive", "log"), ForeignKeyConstraint.of("id", "telescope", "id")
                    .named("log_id_fkey").onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL)
                    .initiallyDeferred()),
            new AddConstraint(T, ForeignKeyConstraint.of(List.of("no"), "archive.log", List.of("id"))
                    .named("telescope_no_fkey").deferrable()),
            new AddColumn(T, Column.of("lens", "text"), true),
            OutsideTransaction.of(CreateIndex.of("ix_conc", "telescope", "at").unique().concurrently()
                    .withIfNotExists(), new ValidateConstraint(T, "telescope_no_fkey")),
            new AddConstraint(T, CheckConstraint.of("mirror_mm < 9000").named("telescope_mirror_max")).notValid(),
            new ValidateConstraint(T, "telescope_mirror_max"),
            new AddConstraint(T, UniqueConstraint.of("at").named("ix_conc")).usingIndex("ix_conc"),
            new AddConstraint(T, PrimaryKeyConstraint.of("id").named("telescope_id_key")).usingIndex("ix_id"),
            new DropConstraint(T, "telescope_mirror_max", true, false),
            OutsideTransaction.of(new DropIndex(QualifiedName.of("ix_all"), true, true, false),
                    CreateIndex.of("ix_plain_conc", "telescope", "at").concurrently()),
            ExecuteSql.of("ALTER TABLE telescope ALTER COLUMN id DROP IDENTITY"),
            new RenameType(QualifiedName.of("mood"), "mood_old"),
            new RenameEnumValue(QualifiedName.of("archive", "mood"), "it's ok", "fine"),
            CreateDomain.of("archive.percent", "numeric(5,2)").withNotNull().withDefault("0")
                    .withCheck(CheckConstraint.of("VALUE >= 0").named("percent_positive"))
                    .withCheck(CheckConstraint.of("VALUE <= 100")),
            new BulkInsert(QualifiedName.of("archive", "log"), List.of(BulkInsert.row("id", 1, "note", "it's",
                    "big", 7L, "ok", true, "at", Instant.parse("2025-01-02T03:04:05Z"), "day",
                    LocalDate.parse("2025-01-02"), "ref", UUID.fromString("5a1f0b7e-0c3e-4d9e-9b4a-2f6c1d8e7a90"),
                    "amount", new BigDecimal("12.50"), "none", null, "kind", ReferentialAction.CASCADE))),
            new DropDomain(QualifiedName.of("archive", "percent"), false, false),
            new RenameTable(T, "scope"),
            new RenameConstraint(QualifiedName.of("scope"), "telescope_mirror_mm_check", "scope_mirror_mm_check"),
            new RenameIndex(QualifiedName.of("archive", "ix_gin"), "log_gin"),
            new SetTableSchema(QualifiedName.of("archive", "log"), "public"),
            new DropConstraint(QualifiedName.of("scope"), "telescope_mood_key", false, false),
            new DropIndex(QualifiedName.of("ix_plain"), false, false, false),
            new DropColumn(QualifiedName.of("scope"), "mood", false, false),
            new DropTable(QualifiedName.of("scope"), false, false),
            new DropSequence(QualifiedName.of("ticket_seq"), false, false),
            new DropEnum(QualifiedName.of("archive", "mood"), false, false),
            new DropSchema("archive", false, false));

    @TempDir
    Path dir;

    @Test
    void renderedJavaCompilesAndRendersTheSameSqlAsTheSqlRenderer() throws Exception {
        ScriptHeader header = new ScriptHeader("ab12cd34ef56", List.of("0123456789ab"), "every operation",
                Instant.parse("2025-01-02T03:04:05Z"), List.of(), List.of());
        String source = new JavaMigrationRenderer().render(header,
                new ScriptBody(OPERATIONS, List.of(), List.of("drops column scope.mood\nsafe form: keep it")),
                "db.migrations", "V_ab12cd34ef56");

        assertThat(source.lines().filter(line -> line.contains("op.execute(")).map(String::strip)).containsExactly(
                "op.execute(\"CREATE INDEX ix_sorted ON telescope (at DESC NULLS LAST)\");",
                "op.execute(\"ALTER TABLE telescope ALTER COLUMN id DROP IDENTITY\");");
        assertThat(source).contains("        // WARNING drops column scope.mood\n        // safe form: keep it\n",
                "op.createTable(\"telescope\", List.of(\n", "Column.of(\"id\", \"bigint\").identity(Identity.ALWAYS),",
                "op.alterColumn(\"telescope\", \"mirror_mm\", c -> c.type(\"bigint\").using(\"mirror_mm::bigint\")"
                        + ".dropNotNull().dropDefault().comment(\"in mm\"));",
                "op.outsideTransaction(outside -> {\n",
                "outside.validateConstraint(\"telescope_no_fkey\", \"telescope\");\n",
                "op.addConstraint(\"telescope\", CheckConstraint.of(\"mirror_mm < 9000\").named(\"telescope_mirror_max\"),"
                        + " c -> c.notValid());",
                "outside.dropIndex(\"ix_all\", d -> d.concurrently().withIfExists());");

        Migration migration = compile(source, "db.migrations.V_ab12cd34ef56");
        List<String> javaSql = new ArrayList<>();
        migration.upgrade(SqlOperations.rendering(collect(javaSql)));

        PostgresDdl ddl = new PostgresDdl();
        List<String> sql = OPERATIONS.stream().flatMap(op -> ddl.render(op).stream()).toList();
        assertThat(javaSql).containsExactlyElementsOf(sql);
    }

    /**
     * The registry check: every kind of operation (each class {@link MigrationOperation} permits) is among the
     * operations above (whose Java rendering the test above compiles and runs), renders to DDL, and renders as a
     * call of an {@link Operations} method (not {@code op.execute} of its SQL, except raw SQL itself). A new
     * operation fails here until it has all of these. Operations have no {@code reverse()}: the autogenerated
     * downgrade is the diff in the other direction (see {@code SchemaDiff}).
     */
    @Test
    void everyKindOfOperationHasDdlATypedJavaCallAndAnOpMethod() {
        Set<Class<?>> kinds = Set.of(MigrationOperation.class.getPermittedSubclasses());
        assertThat(OPERATIONS.stream().map(Object::getClass).collect(Collectors.toSet()))
                .as("a sample of every kind of operation").isEqualTo(kinds);
        Set<String> opMethods = Arrays.stream(Operations.class.getMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        PostgresDdl ddl = new PostgresDdl();
        Pattern call = Pattern.compile("^op\\.(\\w+)\\(");
        for (Class<?> kind : kinds) {
            MigrationOperation sample = OPERATIONS.stream().filter(kind::isInstance)
                    .filter(op -> OperationCalls.of(op).isPresent()).findFirst().orElse(null);
            assertThat(sample).as(kind.getSimpleName() + " has a typed Java call").isNotNull();
            assertThat(ddl.render(sample)).as(kind.getSimpleName() + " renders DDL").isNotEmpty();
            Matcher method = call.matcher(OperationCalls.of(sample).orElseThrow().toString());
            assertThat(method.find()).as(kind.getSimpleName() + " renders as op.<method>(...)").isTrue();
            assertThat(opMethods).as(kind.getSimpleName() + "'s op method").contains(method.group(1));
            if (kind != ExecuteSql.class) {
                assertThat(method.group(1)).as(kind.getSimpleName() + " is not raw SQL").isNotEqualTo("execute");
            }
        }
        assertThat(Arrays.stream(MigrationOperation.class.getMethods()).map(Method::getName))
                .as("operations have no reverse: the downgrade is the diff in the other direction")
                .doesNotContain("reverse");
    }

    private Migration compile(String source, String className) throws IOException, ReflectiveOperationException {
        Path file = dir.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", dir.toString(), "-classpath",
                System.getProperty("java.class.path"), file.toString());
        assertThat(status).as("javac exit status for\n" + source).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            return (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
        }
    }

    private static SqlSink collect(List<String> statements) {
        return new SqlSink() {
            @Override
            public void execute(String sql) {
                statements.add(sql);
            }

            @Override
            public void outsideTransaction(Runnable block) {
                block.run();
            }

            @Override
            public Optional<Connection> connection() {
                return Optional.empty();
            }
        };
    }
}
