package org.opsdb.migrations.locktrace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.script.JavaMigrationScript;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The lock trace on the real PostgreSQL: each hazardous form shows the lock mode PostgreSQL really takes, the
 * rewrite or the scan, and fails the check at its line; its safe form shows the weaker lock or no scan and passes; a
 * table created in the same revision is not reported. Revision {@code B} runs on tables {@code p} (id) and {@code c}
 * (id, pid, v varchar(10), n) that revision {@code A} created and the tracer filled with 1000 rows; B's upgrade
 * section starts on line 6 of its file.
 */
@FreshDatabase
class LockTracerTest {

    static final String A = "a10000000001";
    static final String B = "b20000000002";
    static final String HEADER = "  line  statement";

    private final TestDatabase db;
    private final DatabaseState state;
    @TempDir
    Path dir;

    LockTracerTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
    }

    private void write(String id, String down, String message, String upgrade) throws IOException {
        Files.writeString(dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), "-- revision: " + id
                + "\n-- down_revision: " + down + "\n-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n");
    }

    private String file() {
        return dir + "/" + B + "_change.sql";
    }

    /** Traces revision B (after A) with {@code upgrade} as its upgrade section. */
    private RevisionTrace trace(String upgrade) throws IOException {
        return trace("", upgrade);
    }

    /** Traces revision B with {@code upgrade}, after A created p, c and then ran {@code more}. */
    private RevisionTrace trace(String more, String upgrade) throws IOException {
        write(A, "", "tables", """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (id int PRIMARY KEY, pid int, v varchar(10), n int);
                """ + more);
        write(B, A, "change", upgrade);
        Migrations migrations = Migrations.configure().locations(dir.toString()).load();
        LockTrace trace = LockTracer.of(migrations).trace(db.dataSource(), Set.of(B));
        assertThat(trace.revisions()).hasSize(1);
        return trace.revisions().get(0);
    }

    /** The report's table rows (without the title and the header), the milliseconds as {@code N}. */
    private static List<String> rows(RevisionTrace trace) {
        List<String> lines = trace.text().lines().toList();
        assertThat(lines.get(1)).startsWith(HEADER);
        return lines.subList(2, lines.size()).stream().map(l -> l.replaceAll("\\d+ ms$", "N ms")).toList();
    }

    private List<String> findings(RevisionTrace trace) {
        return trace.findings().stream().map(LockFinding::toString).toList();
    }

    @Test
    void aForeignKeyAddedDirectlyTakesShareRowExclusiveOnBothTablesAcrossTheirScanAndFails() throws IOException {
        RevisionTrace trace = trace("ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES p (id);");

        assertThat(trace.title()).isEqualTo("Revision " + B + " (" + file() + "): change");
        assertThat(rows(trace)).containsExactly(
                "  6     ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) R…  c      SHARE ROW EXCLUSIVE  no"
                        + "       1000 rows  N ms",
                "                                                                      p      SHARE ROW EXCLUSIVE  no"
                        + "       1000 rows  N ms");
        assertThat(findings(trace)).containsExactly(file() + ":6: [lock-held-across-scan] SHARE ROW EXCLUSIVE lock"
                + " on c and p held across a scan of c (1000 rows) and p (1000 rows), which blocks every write to c"
                + " and p until the commit; safe form: ADD the constraint NOT VALID, then VALIDATE CONSTRAINT in its"
                + " own transaction");
        TracedStatement statement = trace.statements().get(0);
        assertThat(statement.tables()).extracting(TableLock::table, TableLock::mode, TableLock::rewritten)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", LockMode.SHARE_ROW_EXCLUSIVE, false),
                        org.assertj.core.groups.Tuple.tuple("p", LockMode.SHARE_ROW_EXCLUSIVE, false));
        assertThat(statement.tables().get(0).heldMillis()).isGreaterThanOrEqualTo(statement.millis());
    }

    @Test
    void notValidThenValidateInItsOwnTransactionTakesShareUpdateExclusiveForTheScanAndPasses() throws IOException {
        RevisionTrace trace = trace("""
                ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES p (id) NOT VALID;
                -- outside-transaction
                ALTER TABLE c VALIDATE CONSTRAINT c_pid_fkey;
                -- end-outside-transaction""");

        assertThat(rows(trace)).containsExactly(
                "  6     ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) R…  c      SHARE ROW EXCLUSIVE     no"
                        + "       -          N ms",
                "                                                                      p      SHARE ROW EXCLUSIVE     no"
                        + "       -          N ms",
                "  8     ALTER TABLE c VALIDATE CONSTRAINT c_pid_fkey                  c      SHARE UPDATE EXCLUSIVE  no"
                        + "       1000 rows  N ms",
                "                                                                      p      ROW SHARE               no"
                        + "       1000 rows  N ms");
        assertThat(findings(trace)).isEmpty();
        assertThat(state.strings("SELECT convalidated::text FROM pg_constraint WHERE conname = 'c_pid_fkey'"))
                .containsExactly("true");
    }

    @Test
    void validateInTheSameTransactionAsNotValidIsAScanUnderTheLockStillHeldAndFails() throws IOException {
        RevisionTrace trace = trace("""
                ALTER TABLE c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES p (id) NOT VALID;
                ALTER TABLE c VALIDATE CONSTRAINT c_pid_fkey;""");

        assertThat(rows(trace).get(2)).isEqualTo("  7     ALTER TABLE c VALIDATE CONSTRAINT c_pid_fkey                  c"
                + "      SHARE ROW EXCLUSIVE  no       1000 rows  since line 6");
        assertThat(findings(trace)).containsExactly(file() + ":7: [lock-held-across-scan] SHARE ROW EXCLUSIVE lock"
                + " on c (taken at line 6) and p (taken at line 6) held across a scan of c (1000 rows) and p (1000"
                + " rows), which blocks every write to c and p until the commit; safe form: commit the statement that"
                + " takes the lock on its own (split the revision, or put what follows in an outside-transaction"
                + " block)");
    }

    @Test
    void setNotNullOnAPopulatedTableScansUnderAccessExclusiveAndFails() throws IOException {
        RevisionTrace trace = trace("ALTER TABLE c ALTER COLUMN n SET NOT NULL;");

        assertThat(rows(trace)).containsExactly("  6     ALTER TABLE c ALTER COLUMN n SET NOT NULL  c      ACCESS"
                + " EXCLUSIVE  no       1000 rows  N ms");
        assertThat(findings(trace)).containsExactly(file() + ":6: [lock-held-across-scan] ACCESS EXCLUSIVE lock on c"
                + " held across a scan of c (1000 rows), which blocks every read and write of c until the commit;"
                + " safe form: ADD CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in its own transaction,"
                + " then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the check");
    }

    @Test
    void setNotNullAfterAValidatedCheckDoesNotScanAndPasses() throws IOException {
        RevisionTrace trace = trace("""
                ALTER TABLE c ADD CONSTRAINT c_n_not_null CHECK (n IS NOT NULL) NOT VALID;
                -- outside-transaction
                ALTER TABLE c VALIDATE CONSTRAINT c_n_not_null;
                -- end-outside-transaction
                ALTER TABLE c ALTER COLUMN n SET NOT NULL;
                ALTER TABLE c DROP CONSTRAINT c_n_not_null;""");

        assertThat(rows(trace)).containsExactly(
                "  6     ALTER TABLE c ADD CONSTRAINT c_n_not_null CHECK (n IS NOT N…  c      ACCESS EXCLUSIVE        no"
                        + "       -          N ms",
                "  8     ALTER TABLE c VALIDATE CONSTRAINT c_n_not_null                c      SHARE UPDATE EXCLUSIVE  no"
                        + "       1000 rows  N ms",
                "  10    ALTER TABLE c ALTER COLUMN n SET NOT NULL                     c      ACCESS EXCLUSIVE        no"
                        + "       -          N ms",
                "  11    ALTER TABLE c DROP CONSTRAINT c_n_not_null                    -      -                       -"
                        + "        -          -");
        assertThat(findings(trace)).isEmpty();
        assertThat(state.strings("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'c'::regclass"
                + " AND attname = 'n'")).containsExactly("true");
    }

    @Test
    void aTypeChangeToBigintRewritesTheTable() throws IOException {
        RevisionTrace trace = trace("ALTER TABLE c ALTER COLUMN n TYPE bigint;");

        assertThat(rows(trace)).containsExactly("  6     ALTER TABLE c ALTER COLUMN n TYPE bigint  c      ACCESS"
                + " EXCLUSIVE  yes      2000 rows  N ms");
        assertThat(findings(trace)).containsExactly(file() + ":6: [lock-held-across-scan] ACCESS EXCLUSIVE lock on c"
                + " held across a rewrite of c, which blocks every read and write of c until the commit; safe form:"
                + " expand/contract: add a new column, backfill it in batches, switch the readers, drop the old one");
    }

    @Test
    void wideningAVarcharNeitherRewritesNorScans() throws IOException {
        RevisionTrace trace = trace("ALTER TABLE c ALTER COLUMN v TYPE varchar(20);");

        assertThat(rows(trace)).containsExactly("  6     ALTER TABLE c ALTER COLUMN v TYPE varchar(20)  c      ACCESS"
                + " EXCLUSIVE  no       -     N ms");
        assertThat(findings(trace)).isEmpty();
    }

    @Test
    void createIndexConcurrentlyInAnOutsideTransactionBlockTakesShareUpdateExclusive() throws IOException {
        RevisionTrace trace = trace("CREATE MATERIALIZED VIEW cv AS SELECT id FROM c;", """
                -- outside-transaction
                CREATE INDEX CONCURRENTLY c_v_idx ON c (v);
                -- end-outside-transaction""");

        assertThat(rows(trace)).containsExactly("  7     CREATE INDEX CONCURRENTLY c_v_idx ON c (v)  c      SHARE"
                + " UPDATE EXCLUSIVE  no       2000 rows  N ms");
        TracedStatement statement = trace.statements().get(0);
        assertThat(statement.autocommit()).isTrue();
        assertThat(statement.polled()).isTrue();
        assertThat(findings(trace)).isEmpty();
        assertThat(state.strings("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'c_v_idx'::regclass"))
                .containsExactly("true");
    }

    @Test
    void aPlainCreateIndexTakesShareAcrossItsScanAndFails() throws IOException {
        RevisionTrace trace = trace("CREATE INDEX c_v_idx ON c (v);");

        assertThat(rows(trace)).containsExactly("  6     CREATE INDEX c_v_idx ON c (v)  c      SHARE  no       1000"
                + " rows  N ms");
        assertThat(findings(trace)).containsExactly(file() + ":6: [lock-held-across-scan] SHARE lock on c held across"
                + " a scan of c (1000 rows), which blocks every write to c until the commit; safe form: build the index"
                + " with CREATE [UNIQUE] INDEX CONCURRENTLY in an outside-transaction block (then ADD CONSTRAINT …"
                + " USING INDEX)");
    }

    @Test
    void aTableCreatedInTheSameRevisionIsNotReported() throws IOException {
        RevisionTrace trace = trace("""
                CREATE TABLE d (id int PRIMARY KEY, v text);
                INSERT INTO d SELECT g, 'x' FROM generate_series(1, 5000) g;
                CREATE INDEX d_v ON d (v);
                ALTER TABLE d ALTER COLUMN v SET NOT NULL;""");

        assertThat(rows(trace)).containsExactly(
                "  6     CREATE TABLE d (id int PRIMARY KEY, v text)                  -      -     -        -     -",
                "  7     INSERT INTO d SELECT g, 'x' FROM generate_series(1, 5000) g  -      -     -        -     -",
                "  8     CREATE INDEX d_v ON d (v)                                    -      -     -        -     -",
                "  9     ALTER TABLE d ALTER COLUMN v SET NOT NULL                    -      -     -        -     -");
        assertThat(findings(trace)).isEmpty();
    }

    @Test
    void aStatementAfterAnAccessExclusiveLockInTheSameTransactionFailsAtItsLine() throws IOException {
        RevisionTrace trace = trace("""
                ALTER TABLE c ADD COLUMN z int;
                UPDATE p SET id = id;""");

        assertThat(findings(trace)).containsExactly(file() + ":7: [lock-held-across-scan] ACCESS EXCLUSIVE lock on c"
                + " (taken at line 6) held across a scan of p (1000 rows), which blocks every read and write of c"
                + " until the commit; safe form: commit the statement that takes the lock on its own (split the"
                + " revision, or put what follows in an outside-transaction block)");
    }

    @Test
    void anAllowWithAReasonSilencesTheCheckAndOneWithoutDoesNot() throws IOException {
        RevisionTrace trace = trace("""
                -- lint: allow set-not-null, lock-held-across-scan: c holds ten rows in production
                ALTER TABLE c ALTER COLUMN n SET NOT NULL;
                -- lint: allow lock-held-across-scan
                ALTER TABLE c ALTER COLUMN v SET NOT NULL;""");

        assertThat(trace.statements().get(0).allows()).containsOnly(
                java.util.Map.entry("set-not-null", "c holds ten rows in production"),
                java.util.Map.entry("lock-held-across-scan", "c holds ten rows in production"));
        assertThat(findings(trace)).hasSize(1).allMatch(f -> f.startsWith(file() + ":9: [lock-held-across-scan]"));
    }

    @Test
    void theTablesAreFilledFromTheirColumnTypesAndATableThatCannotBeIsNamedInTheReport() throws IOException {
        write(A, "", "tables", """
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE DOMAIN positive AS int CHECK (VALUE > 0);
                CREATE TABLE parent (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code varchar(8) NOT NULL UNIQUE);
                CREATE TABLE child (id serial PRIMARY KEY, parent_id bigint NOT NULL REFERENCES parent, m mood NOT NULL,
                    u uuid NOT NULL UNIQUE, at timestamptz NOT NULL, flag boolean NOT NULL, amount numeric(10, 2) NOT NULL,
                    p positive NOT NULL, doc jsonb, created date DEFAULT current_date,
                    total int GENERATED ALWAYS AS (p * 2) STORED);
                CREATE TABLE odd (v tsvector NOT NULL);""");
        write(B, A, "change", """
                ALTER TABLE child ADD COLUMN x int;
                ALTER TABLE odd ADD COLUMN y int;""");
        Migrations migrations = Migrations.configure().locations(dir.toString()).load();

        RevisionTrace trace = LockTracer.of(migrations).rowsPerTable(500).trace(db.dataSource(), Set.of(B))
                .revisions().get(0);

        assertThat(state.strings("SELECT (SELECT count(*) FROM parent) || ' ' || (SELECT count(*) FROM child) || ' '"
                + " || (SELECT count(*) FROM odd) || ' ' || (SELECT count(DISTINCT parent_id) FROM child) || ' '"
                + " || (SELECT count(*) FROM child WHERE doc IS NULL OR created IS NULL OR total <> p * 2)"))
                .containsExactly("500 500 0 500 0");
        assertThat(trace.notFilled()).containsExactly(
                java.util.Map.entry("odd", "no generated value for column v of type tsvector"));
        assertThat(trace.text().lines().toList()).endsWith(
                "  not filled with 500 rows: odd (no generated value for column v of type tsvector)");
        assertThat(trace.markdown()).endsWith(
                "\nnot filled with 500 rows: odd (no generated value for column v of type tsvector)\n");
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefused() throws IOException {
        state.execute("CREATE TABLE orders (id int)");
        write(A, "", "tables", "CREATE TABLE p (id int);");
        Migrations migrations = Migrations.configure().locations(dir.toString()).load();

        LockTraceException e = catchThrowableOfType(LockTraceException.class,
                () -> LockTracer.of(migrations).trace(db.dataSource()));

        assertThat(e).hasMessage("Lock trace needs an empty database (it runs every revision from base and fills the"
                + " tables with generated rows); database " + db.name() + " holds orders: give it a scratch"
                + " database");
        assertThat(state.tables()).containsExactly("orders");
    }

    @Test
    void aJavaMigrationsFindingNamesItsSourceFileAndTheLineOfTheCall() throws IOException {
        write(A, "", "tables", """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (id int PRIMARY KEY, pid int, v varchar(10), n int);""");
        Migrations migrations = Migrations.configure().locations(dir.toString())
                .scripts(List.of(JavaMigrationScript.of(new TracedJavaMigration()))).load();

        LockTrace trace = LockTracer.of(migrations).trace(db.dataSource());

        assertThat(trace.revisions()).extracting(r -> r.revision().id()).containsExactly(A, B);
        assertThat(trace.findings()).extracting(LockFinding::toString).containsExactly("TracedJavaMigration.java:16:"
                + " [lock-held-across-scan] ACCESS EXCLUSIVE lock on c (taken at line 15) held across a scan of c"
                + " (1000 rows), which blocks every read and write of c until the commit; safe form: commit the"
                + " statement that takes the lock on its own (split the revision, or put what follows in an"
                + " outside-transaction block)");
    }

    @Test
    void aJavaMigrationsLintAllowWithAReasonSilencesTheFinding() throws IOException {
        write(A, "", "tables", """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (id int PRIMARY KEY, pid int, v varchar(10), n int);""");
        Migrations migrations = Migrations.configure().locations(dir.toString())
                .scripts(List.of(JavaMigrationScript.of(new AllowedTracedJavaMigration()))).load();

        LockTrace trace = LockTracer.of(migrations).trace(db.dataSource());

        assertThat(trace.findings()).isEmpty();
        assertThat(trace.revisions().get(1).statements()).extracting(TracedStatement::allows).containsOnly(
                java.util.Map.of("lock-held-across-scan", "c is a lookup table of a few hundred rows"));
    }
}
