package org.opsdb.migrations.shell.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdb.migrations.shell.ConsoleResult;
import org.opsdb.migrations.shell.InProcessConsole;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The console reads {@code opsdb.migrations.*} runtime settings as the starter does: a value that does not convert is
 * one line naming the property (exit 1, database unchanged); an empty location is nothing to do (exit 0).
 */
@ResourceLock(InProcessConsole.SPRING_CONTEXT)
@FreshDatabase
@Timeout(120)
class ConsolePropertiesTest {

    private final TestDatabase db;
    @TempDir
    Path dir;

    ConsolePropertiesTest(TestDatabase db) {
        this.db = db;
    }

    private InProcessConsole console(String... more) {
        List<String> properties = new java.util.ArrayList<>(List.of("opsdb.migrations.locations=" + dir,
                "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password()));
        properties.addAll(List.of(more));
        return new InProcessConsole(properties.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "lock-timeout|abc|Invalid value 'abc' for opsdb.migrations.lock-timeout: 'abc' is not a valid duration",
            "lock-timeout|-5s|Invalid value '-5s' for opsdb.migrations.lock-timeout: must be zero or positive",
            "statement-lock-timeout|-1s|Invalid value '-1s' for opsdb.migrations.statement-lock-timeout: must be zero"
                    + " or positive",
            "statement-lock-timeout|soon|Invalid value 'soon' for opsdb.migrations.statement-lock-timeout: 'soon' is"
                    + " not a valid duration",
            "statement-lock-retries|-1|Invalid value '-1' for opsdb.migrations.statement-lock-retries: must be zero"
                    + " or positive",
            "statement-lock-retry-backoff|-1ms|Invalid value '-1ms' for opsdb.migrations.statement-lock-retry-backoff:"
                    + " must be zero or positive",
            "transaction-mode|sometimes|Invalid value 'sometimes' for opsdb.migrations.transaction-mode: No enum"
                    + " constant org.opsdb.migrations.runtime.TransactionMode.sometimes",
            "validate-checksums|perhaps|Invalid value 'perhaps' for opsdb.migrations.validate-checksums: Invalid"
                    + " boolean value 'perhaps'",
            "version-table|app.public.alembic_version|Invalid value 'app.public.alembic_version' for"
                    + " opsdb.migrations.version-table: expected NAME or SCHEMA.NAME (letters, digits, _ and $; a part"
                    + " in double quotes may hold any other character)",
            "version-table|\"alembic_version|Invalid value '\"alembic_version' for opsdb.migrations.version-table: a"
                    + " double quote is not closed",
            "history-table|opsdb history|Invalid value 'opsdb history' for opsdb.migrations.history-table: expected"
                    + " NAME or SCHEMA.NAME (letters, digits, _ and $; a part in double quotes may hold any other"
                    + " character)",
            "table-schema|app.meta|Invalid value 'app.meta' for opsdb.migrations.table-schema: expected one schema"
                    + " name (letters, digits, _ and $; in double quotes any other character)"})
    void aBadSettingIsOneLineNamingTheProperty(String property, String value, String line) {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, Revisions.chain());
        List<String> before = DatabaseSnapshot.capture(db);
        try (InProcessConsole console = console("opsdb.migrations." + property + "=" + value)) {
            assertThat(console.run("upgrade head")).isEqualTo(new ConsoleResult("", line + "\n", 1));
        }
        assertThat(DatabaseSnapshot.capture(db)).isEqualTo(before);
    }

    @Test
    void aTableLockHeldElsewhereEndsTheUpgradeAfterTheRetriesAndTheCommittedRevisionsArePrinted() throws Exception {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        java.util.Map<String, String> files = new java.util.HashMap<>(Revisions.chain());
        files.put(Revisions.C + "_create_gamma.sql", Revisions.sql(Revisions.C, Revisions.B, "note on alpha",
                "ALTER TABLE alpha ADD COLUMN note text;", null));
        Revisions.layOut(dir, files);
        try (InProcessConsole console = console("opsdb.migrations.statement-lock-timeout=200ms",
                "opsdb.migrations.statement-lock-retries=1", "opsdb.migrations.statement-lock-retry-backoff=100ms")) {
            assertThat(console.run("upgrade " + Revisions.A).exitCode()).isZero();
            try (java.sql.Connection holder = db.openConnection(); java.sql.Statement st = holder.createStatement()) {
                holder.setAutoCommit(false);
                st.execute("LOCK TABLE alpha IN ACCESS EXCLUSIVE MODE");
                // each attempt shows on its progress line; then which revisions the database kept
                assertThat(console.run("upgrade head").timed()).isEqualTo(new ConsoleResult(
                        "Running upgrade " + Revisions.A + " -> " + Revisions.B + ", create beta ... done in N ms\n"
                                + "Running upgrade " + Revisions.B + " -> " + Revisions.C + ", note on alpha ... retrying\n"
                                + "Running upgrade " + Revisions.B + " -> " + Revisions.C + ", note on alpha ... failed\n"
                                + "Upgrade failed after committing 1 revision: " + Revisions.B + "\n",
                        "Revision " + Revisions.C + " (" + dir + "/" + Revisions.C + "_create_gamma.sql) failed in"
                                + " upgrade at line 7: ERROR: canceling statement due to lock timeout (2 attempts,"
                                + " lock_timeout 200 ms each); statement: ALTER TABLE alpha ADD COLUMN note text\n", 1));
            }
        }
        try (java.sql.Connection c = db.openConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT string_agg(version_num, ',') FROM alembic_version")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(Revisions.B);
        }
    }

    @Test
    void anEmptyLocationIsNothingToDo() {
        DatabaseSnapshot.execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        Revisions.layOut(dir, java.util.Map.of());
        try (InProcessConsole console = console()) {
            assertThat(console.run("upgrade head")).isEqualTo(new ConsoleResult("Nothing to upgrade; at base\n", "", 0));
            assertThat(console.run("heads")).isEqualTo(new ConsoleResult("", "", 0));
        }
        assertThat(DatabaseSnapshot.capture(db)).isEmpty();
    }
}
