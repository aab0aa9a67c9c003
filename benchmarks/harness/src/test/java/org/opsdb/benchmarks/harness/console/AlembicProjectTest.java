package org.opsdb.benchmarks.harness.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.benchmarks.harness.Server;
import org.opsdb.benchmarks.harness.history.HistoryGenerator;
import org.opsdb.benchmarks.harness.history.HistoryWriter;

class AlembicProjectTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path directory;

    @Test
    void writesEachSqlRevisionAsAModuleWithTheSameIdsAndStatements() throws IOException {
        Path sql = Files.createDirectories(directory.resolve("sql"));
        Files.writeString(sql.resolve("be0000000002_add_note.sql"), """
                -- revision: be0000000002
                -- down_revision: be0000000001
                -- message: add "note" \\ column
                -- create_date: 2026-01-01T00:00:00Z

                -- upgrade
                ALTER TABLE t1 ADD COLUMN note text DEFAULT 'a\tb';
                CREATE INDEX ix_t1_note
                    ON t1 (note);

                -- downgrade
                ALTER TABLE t1 DROP COLUMN note;
                """);
        assertEquals(1, AlembicProject.write(sql, directory.resolve("alembic"), "postgresql+psycopg2://u@h:1/d"));
        assertEquals("""
                \"""add "note" \\\\ column

                Revision ID: be0000000002
                Revises: be0000000001
                Create Date: 2026-01-01T00:00:00Z

                \"""
                from alembic import op

                revision = "be0000000002"
                down_revision = "be0000000001"
                branch_labels = None
                depends_on = None


                def upgrade():
                    op.execute("ALTER TABLE t1 ADD COLUMN note text DEFAULT 'a\\tb'")
                    op.execute("CREATE INDEX ix_t1_note\\n    ON t1 (note)")


                def downgrade():
                    op.execute("ALTER TABLE t1 DROP COLUMN note")
                """, Files.readString(directory.resolve("alembic/versions/be0000000002_add_note.py")));
    }

    @Test
    void namesAreNoneAStringOrATuple() {
        assertEquals("None", AlembicProject.pythonNames(List.of()));
        assertEquals("\"a\"", AlembicProject.pythonNames(List.of("a")));
        assertEquals("(\"a\", \"b\")", AlembicProject.pythonNames(List.of("a", "b")));
    }

    @Test
    void theSqlalchemyUrlCarriesTheJdbcUrlsUserAndPassword() {
        assertEquals("postgresql+psycopg2://postgres@127.0.0.1:5432/bench", AlembicProject.sqlalchemyUrl(
                Server.fromUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"), "bench"));
        assertEquals("postgresql+psycopg2://ops:p%40ss%20w@db:6543/bench", AlembicProject.sqlalchemyUrl(
                Server.fromUrl("jdbc:postgresql://db:6543/postgres?user=ops&ssl=false&password=p%40ss w"), "bench"));
    }

    /** Alembic itself reads the written project: the same heads and the same chain, newest first. */
    @Test
    void alembicReadsTheGeneratedHistoryAsOneChain() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import alembic")
                .start().waitFor() == 0, "/usr/bin/python3 has no Alembic (Debian's python3-alembic)");
        Path sql = HistoryWriter.write(HistoryGenerator.steps(17), directory.resolve("history")).opsdb();
        Path project = directory.resolve("alembic");
        assertEquals(17, AlembicProject.write(sql, project, "postgresql+psycopg2://nobody@127.0.0.1:1/none"));
        assertEquals(List.of("be0000000011 (head)"), alembic(project, "heads"));
        List<String> history = alembic(project, "history");
        assertEquals(17, history.size());
        assertEquals("be0000000010 -> be0000000011 (head), add column t4.c17", history.get(0));
        assertEquals("<base> -> be0000000001, create table t1", history.get(16));
    }

    private static List<String> alembic(Path project, String command) throws Exception {
        Process process = new ProcessBuilder(PYTHON.toString(), "-m", "alembic", "-c",
                project.resolve("alembic.ini").toString(), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().toList();
    }
}
