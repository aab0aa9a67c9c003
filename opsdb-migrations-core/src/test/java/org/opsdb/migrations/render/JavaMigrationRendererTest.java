package org.opsdb.migrations.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.ddl.PostgresDdl;
import org.opsdb.migrations.operations.AddColumn;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.AddEnumValue;
import org.opsdb.migrations.operations.AlterColumn;
import org.opsdb.migrations.operations.AlterSequence;
import org.opsdb.migrations.operations.Change;
import org.opsdb.migrations.operations.CheckConstraint;
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
import org.opsdb.migrations.operations.ExecuteSql;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.Identity;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.ReferentialAction;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.RenameType;
import org.opsdb.migrations.operations.SequenceOptions;
import org.opsdb.migrations.operations.SetColumnComment;
import org.opsdb.migrations.operations.SetTableComment;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.operations.UniqueConstraint;
import org.opsdb.migrations.script.Migration;

/**
 * The Java renderer writes typed {@link Operations} calls: the rendered class is compiled with the system Java
 * compiler, run through {@link Operations#rendering} and must produce exactly the SQL the SQL renderer writes for
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
            new AlterSequence(QualifiedName.of("ticket_seq"), SequenceOptions.DEFAULTS.ownedBy("telescope", "id"), null),
            new AlterSequence(QualifiedName.of("ticket_seq"), SequenceOptions.DEFAULTS.ownedByNone(), null),
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
            AlterColumn.of("telescope", "mirror_mm").type(Change.between("integer", "bigint")).using("mirror_mm::bigint")
                    .nullable(Change.between(false, true)).serverDefault(Change.between("0", null))
                    .comment(Change.between(null, "in mm")),
            AlterColumn.of("telescope", "at").setNotNull().serverDefault("'2000-01-01'"),
            AlterColumn.of("telescope", "mirror_mm").comment(Change.between("in mm", null)),
            AlterColumn.of("telescope", "seq").rename("no"),
            new SetTableComment(T, Change.between("one per site", "one per site, really")),
            new SetColumnComment(T, "at", Change.between(null, "when")),
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
            ExecuteSql.of("ALTER TABLE telescope ALTER COLUMN id DROP IDENTITY"),
            new RenameType(QualifiedName.of("mood"), "mood_old"),
            new RenameTable(T, "scope"),
            new DropConstraint(QualifiedName.of("scope"), "telescope_mood_key", false, false, null),
            new DropIndex(QualifiedName.of("ix_plain"), false, false, false, null),
            new DropColumn(QualifiedName.of("scope"), "mood", false, false, null),
            new DropTable(QualifiedName.of("scope"), false, false, null),
            new DropSequence(QualifiedName.of("ticket_seq"), false, false, null),
            new DropEnum(QualifiedName.of("archive", "mood"), false, false, null),
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
                "op.execute(\"ALTER TABLE telescope ALTER COLUMN id DROP IDENTITY\");",
                "op.execute(\"ALTER TYPE mood RENAME TO mood_old\");");
        assertThat(source).contains("        // WARNING drops column scope.mood\n        // safe form: keep it\n",
                "op.createTable(\"telescope\", List.of(\n", "Column.of(\"id\", \"bigint\").identity(Identity.ALWAYS),",
                "op.alterColumn(\"telescope\", \"mirror_mm\", c -> c.type(\"bigint\").using(\"mirror_mm::bigint\")"
                        + ".dropNotNull().dropDefault().comment(\"in mm\"));");

        Migration migration = compile(source, "db.migrations.V_ab12cd34ef56");
        List<String> javaSql = new ArrayList<>();
        migration.upgrade(Operations.rendering(collect(javaSql)));

        PostgresDdl ddl = new PostgresDdl();
        List<String> sql = OPERATIONS.stream().flatMap(op -> ddl.render(op).stream()).toList();
        assertThat(javaSql).containsExactlyElementsOf(sql);
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
