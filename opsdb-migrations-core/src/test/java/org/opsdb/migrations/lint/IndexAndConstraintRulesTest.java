package org.opsdb.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.lint.LintFixture.at;

import org.junit.jupiter.api.Test;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The rules {@code index-without-concurrently} and {@code constraint-without-not-valid}, and allows in SQL: each
 * hazardous form flagged at its line, its safe form and a table created in the same revision not, every form run
 * on the real server after the lint.
 */
@FreshDatabase
class IndexAndConstraintRulesTest {

    private static final String INDEX = "blocks every write to the table for the whole build; safe form: CREATE"
            + " INDEX CONCURRENTLY in an outside-transaction block";

    private final LintFixture fixture;
    private final DatabaseState state;

    IndexAndConstraintRulesTest(TestDatabase db) {
        this.fixture = new LintFixture(db);
        this.state = new DatabaseState(db);
    }

    @Test
    void indexOnExistingTableWithoutConcurrentlyIsFlaggedAtItsLine() {
        assertThat(fixture.lintAndRun("""
                INSERT INTO site VALUES (11, 'x');
                CREATE INDEX obs_site_idx
                    ON obs (site_id);
                CREATE UNIQUE INDEX IF NOT EXISTS obs_code_idx ON ONLY obs USING btree (code) INCLUDE (note)
                    WHERE code IS NOT NULL;
                """)).containsExactly(
                at(2, "index-without-concurrently", "CREATE INDEX obs_site_idx on obs without CONCURRENTLY, " + INDEX),
                at(4, "index-without-concurrently", "CREATE UNIQUE INDEX obs_code_idx on obs without CONCURRENTLY, "
                        + INDEX));
        assertThat(state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'obs' ORDER BY 1"))
                .containsExactly("obs_code_idx", "obs_note_idx", "obs_pkey", "obs_site_idx");
    }

    @Test
    void indexBuiltConcurrentlyOutsideTheTransactionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                -- outside-transaction
                CREATE INDEX CONCURRENTLY IF NOT EXISTS obs_site_idx ON obs USING btree (site_id) INCLUDE (code)
                    WHERE site_id > 0;
                -- end-outside-transaction
                """)).isEmpty();
        assertThat(state.strings("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'obs_site_idx'::regclass"))
                .containsExactly("true");
    }

    @Test
    void indexOnTableCreatedInTheSameRevisionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id bigint PRIMARY KEY, obs_id bigint REFERENCES obs (id), kind text);
                CREATE INDEX tel_obs_idx ON tel (obs_id);
                ALTER TABLE tel ADD CONSTRAINT tel_kind_check CHECK (kind <> '');
                ALTER TABLE tel ADD CONSTRAINT tel_obs_fk FOREIGN KEY (obs_id) REFERENCES obs (id);
                """)).isEmpty();
    }

    @Test
    void foreignKeyAndCheckWithoutNotValidAreFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ADD CONSTRAINT obs_site_fk FOREIGN KEY (site_id) REFERENCES site (id);
                ALTER TABLE obs
                    ADD CONSTRAINT obs_amount_check CHECK (amount >= 0);
                """)).containsExactly(
                at(1, "constraint-without-not-valid", "ADD CONSTRAINT obs_site_fk FOREIGN KEY on obs without NOT"
                        + " VALID, validates every row while holding the lock (a foreign key also locks the referenced"
                        + " table); safe form: ALTER TABLE obs ADD CONSTRAINT obs_site_fk ... NOT VALID, then ALTER"
                        + " TABLE obs VALIDATE CONSTRAINT obs_site_fk in its own transaction"),
                at(2, "constraint-without-not-valid", "ADD CONSTRAINT obs_amount_check CHECK on obs without NOT"
                        + " VALID, validates every row while holding the lock (a foreign key also locks the referenced"
                        + " table); safe form: ALTER TABLE obs ADD CONSTRAINT obs_amount_check ... NOT VALID, then"
                        + " ALTER TABLE obs VALIDATE CONSTRAINT obs_amount_check in its own transaction"));
    }

    @Test
    void notValidThenValidateInItsOwnTransactionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ADD CONSTRAINT obs_site_fk FOREIGN KEY (site_id) REFERENCES site (id) NOT VALID;
                ALTER TABLE obs ADD CONSTRAINT obs_amount_check CHECK (amount >= 0) NOT VALID;
                -- outside-transaction
                ALTER TABLE obs VALIDATE CONSTRAINT obs_site_fk;
                ALTER TABLE obs VALIDATE CONSTRAINT obs_amount_check;
                -- end-outside-transaction
                """)).isEmpty();
        assertThat(state.strings("SELECT conname || ' ' || convalidated FROM pg_constraint WHERE conrelid ="
                + " 'obs'::regclass AND contype IN ('f', 'c') ORDER BY 1"))
                .containsExactly("obs_amount_check true", "obs_site_fk true");
    }

    @Test
    void allowWithReasonSilencesTheRuleForTheNextStatementOnly() {
        assertThat(fixture.lintAndRun("""
                -- lint: allow index-without-concurrently: obs holds ten rows in every deployment
                CREATE INDEX obs_site_idx ON obs (site_id);
                CREATE INDEX obs_code_idx ON obs (code);
                """)).containsExactly(
                at(3, "index-without-concurrently", "CREATE INDEX obs_code_idx on obs without CONCURRENTLY, " + INDEX));
    }

    @Test
    void oneAllowNamesSeveralRulesWithOneReason() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ADD COLUMN flag boolean;
                -- lint: allow index-without-concurrently, statements-after-exclusive-lock: obs is tiny everywhere
                CREATE INDEX obs_flag_idx ON obs (flag);
                """)).isEmpty();
    }

    @Test
    void allowWithoutReasonIsAnErrorAndSilencesNothing() {
        fixture.reset();
        LintReport report = fixture.migrations(java.util.List.of(LintFixture.underTest("""
                -- lint: allow index-without-concurrently
                CREATE INDEX obs_site_idx ON obs (site_id);
                """))).lintPending(LintOptions.defaults());
        assertThat(report.lines()).containsExactly(
                at(2, "index-without-concurrently", "CREATE INDEX obs_site_idx on obs without CONCURRENTLY, " + INDEX),
                at(2, "allow-without-reason", "the allow of index-without-concurrently gives no reason, an allow must"
                        + " say why the hazard is acceptable; safe form: -- lint: allow index-without-concurrently:"
                        + " <reason>"));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.clean()).isFalse();
    }
}
