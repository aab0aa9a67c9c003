package org.opsdb.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.script.JavaMigrationScript;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Java migrations are linted by running {@code upgrade(op)} offline: a finding names the source file and the
 * line of the {@code op.} call; {@code @LintAllow} silences a rule with a reason and is an error without one.
 */
@FreshDatabase
class JavaLintTest {

    private final LintFixture fixture;
    private final DatabaseState state;

    JavaLintTest(TestDatabase db) {
        this.fixture = new LintFixture(db);
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void aHazardInAJavaMigrationIsFlaggedAtTheLineOfTheOperationCall() {
        Migrations migrations = fixture.migrations(List.of(JavaMigrationScript.of(JavaHazardMigration.class)));
        assertThat(migrations.lintPending(LintOptions.defaults()).lines()).containsExactly(
                "JavaHazardMigration.java:19: [index-without-concurrently] CREATE INDEX obs_site_idx on obs without"
                        + " CONCURRENTLY, blocks every write to the table for the whole build; safe form: CREATE INDEX"
                        + " CONCURRENTLY in an outside-transaction block");
        migrations.upgrade("heads");
        assertThat(state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'obs' ORDER BY 1"))
                .containsExactly("obs_code_idx", "obs_note_idx", "obs_pkey", "obs_site_idx");
    }

    @Test
    void anAllowWithoutAReasonInJavaIsAnError() {
        LintReport report = fixture.migrations(List.of(JavaMigrationScript.of(JavaAllowWithoutReasonMigration.class)))
                .lint("base", "heads", LintOptions.forServerVersion(15));
        assertThat(report.lines()).containsExactly(
                "JavaAllowWithoutReasonMigration.java:15: [index-without-concurrently] CREATE INDEX obs_site_idx on"
                        + " obs without CONCURRENTLY, blocks every write to the table for the whole build; safe form:"
                        + " CREATE INDEX CONCURRENTLY in an outside-transaction block",
                "JavaAllowWithoutReasonMigration.java:15: [allow-without-reason] the allow of"
                        + " index-without-concurrently gives no reason, an allow must say why the hazard is"
                        + " acceptable; safe form: @LintAllow(rule = \"index-without-concurrently\", reason ="
                        + " \"<reason>\")");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void aJavaMigrationThatThrowsOfflineIsNotAnalysedFromTheLineThatThrew() {
        LintReport report = fixture.migrations(List.of(JavaMigrationScript.of(JavaReadingMigration.class)))
                .lintPending(LintOptions.defaults());
        assertThat(report.lines()).containsExactly("JavaReadingMigration.java:14: [not-analysed] the rest of upgrade(op)"
                + " (it threw NoSuchElementException offline) not analysed, the analysis cannot tell which locks it"
                + " takes; safe form: review it by hand");
    }
}
