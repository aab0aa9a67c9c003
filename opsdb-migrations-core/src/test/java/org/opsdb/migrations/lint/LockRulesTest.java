package org.opsdb.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.lint.LintFixture.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.TransactionMode;
import org.opsdb.migrations.script.MigrationScript;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * The rules about locks and rewrites other than index and constraint creation: each hazardous form flagged at its
 * line, its safe form not, a table created in the same revision not; every form run on the real server after the
 * lint (so the safe forms the findings recommend are valid SQL).
 */
@FreshDatabase
class LockRulesTest {

    private final LintFixture fixture;
    private final DatabaseState state;

    LockRulesTest(TestDatabase db) {
        this.fixture = new LintFixture(db);
        this.state = new DatabaseState(db);
    }

    private static final String DROP_INDEX = "takes ACCESS EXCLUSIVE on its table, blocking reads and writes until"
            + " commit; safe form: DROP INDEX CONCURRENTLY in an outside-transaction block";

    @Test
    void dropIndexWithoutConcurrentlyIsFlagged() {
        assertThat(fixture.lintAndRun("""
                DROP INDEX IF EXISTS obs_note_idx;
                """)).containsExactly(at(1, "drop-index-without-concurrently", "DROP INDEX obs_note_idx without"
                + " CONCURRENTLY, " + DROP_INDEX));
    }

    @Test
    void dropIndexConcurrentlyOutsideTheTransactionOrOfANewTableIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id bigint, kind text);
                CREATE INDEX tel_kind_idx ON tel (kind);
                DROP INDEX tel_kind_idx;
                -- outside-transaction
                DROP INDEX CONCURRENTLY IF EXISTS obs_note_idx;
                -- end-outside-transaction
                """)).isEmpty();
        assertThat(state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'obs'")).containsExactly("obs_pkey");
    }

    @Test
    void setNotNullOnAnExistingTableIsFlaggedWithTheRecipe() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ALTER COLUMN code SET NOT NULL;
                """)).containsExactly(at(1, "set-not-null", "SET NOT NULL on obs.code, scans the whole table under"
                + " ACCESS EXCLUSIVE; safe form: ALTER TABLE obs ADD CONSTRAINT obs_code_not_null CHECK (code IS NOT"
                + " NULL) NOT VALID; then ALTER TABLE obs VALIDATE CONSTRAINT obs_code_not_null in its own"
                + " transaction; then ALTER TABLE obs ALTER COLUMN code SET NOT NULL (PostgreSQL 12+ skips the scan);"
                + " then ALTER TABLE obs DROP CONSTRAINT obs_code_not_null"));
    }

    private static final String NOT_NULL_RECIPE = """
            ALTER TABLE obs ADD CONSTRAINT obs_code_not_null CHECK (code IS NOT NULL) NOT VALID;
            -- outside-transaction
            ALTER TABLE obs VALIDATE CONSTRAINT obs_code_not_null;
            ALTER TABLE obs ALTER COLUMN code SET NOT NULL;
            ALTER TABLE obs DROP CONSTRAINT obs_code_not_null;
            -- end-outside-transaction
            """;

    @Test
    void setNotNullAfterAValidCheckIsNotFlaggedFromPostgresql12() {
        assertThat(fixture.lintAndRun(NOT_NULL_RECIPE, LintOptions.forServerVersion(120000))).isEmpty();
        assertThat(state.strings("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'obs'::regclass"
                + " AND attname = 'code'")).containsExactly("true");
        assertThat(state.strings("SELECT conname FROM pg_constraint WHERE conrelid = 'obs'::regclass AND contype ="
                + " 'c'")).isEmpty();
    }

    @Test
    void setNotNullAfterAValidCheckIsFlaggedBeforePostgresql12() {
        assertThat(fixture.lintAndRun(NOT_NULL_RECIPE, LintOptions.forServerVersion(110000))).containsExactly(
                at(4, "set-not-null", "SET NOT NULL on obs.code, scans the whole table under ACCESS EXCLUSIVE; safe"
                        + " form: none before PostgreSQL 12, which always scans; keep a CHECK (code IS NOT NULL)"
                        + " added NOT VALID and then validated instead"));
    }

    @Test
    void setNotNullOnATableCreatedInTheRevisionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id bigint, kind text);
                ALTER TABLE tel ALTER COLUMN kind SET NOT NULL;
                """)).isEmpty();
    }

    @Test
    void uniqueAndPrimaryKeyAddedDirectlyAreFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ADD CONSTRAINT obs_code_key UNIQUE (code);
                -- outside-transaction
                ALTER TABLE site DROP CONSTRAINT site_pkey;
                ALTER TABLE site ADD PRIMARY KEY (id);
                -- end-outside-transaction
                """)).containsExactly(at(1, "unique-without-index", "ADD CONSTRAINT obs_code_key UNIQUE on obs,"
                + " builds its index under ACCESS EXCLUSIVE, blocking reads and writes for the whole build; safe form:"
                + " CREATE UNIQUE INDEX CONCURRENTLY obs_code_key ON obs (...) in an outside-transaction block, then"
                + " ALTER TABLE obs ADD CONSTRAINT obs_code_key UNIQUE USING INDEX obs_code_key"),
                at(4, "unique-without-index", "ADD CONSTRAINT PRIMARY KEY on site, builds its index under ACCESS"
                        + " EXCLUSIVE, blocking reads and writes for the whole build; safe form: CREATE UNIQUE INDEX"
                        + " CONCURRENTLY <name> ON site (...) in an outside-transaction block, then ALTER TABLE site ADD"
                        + " CONSTRAINT <name> PRIMARY KEY USING INDEX <name>"));
    }

    @Test
    void uniqueThroughAConcurrentIndexOrOnANewTableIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id bigint, kind text);
                ALTER TABLE tel ADD CONSTRAINT tel_kind_key UNIQUE (kind);
                ALTER TABLE tel ADD PRIMARY KEY (id);
                -- outside-transaction
                CREATE UNIQUE INDEX CONCURRENTLY obs_code_key ON obs (code);
                -- end-outside-transaction
                ALTER TABLE obs ADD CONSTRAINT obs_code_key UNIQUE USING INDEX obs_code_key;
                """)).isEmpty();
        assertThat(state.strings("SELECT conname FROM pg_constraint WHERE conrelid = 'obs'::regclass AND contype ="
                + " 'u'")).containsExactly("obs_code_key");
    }

    private static final String REWRITE = "rewrites the table and its indexes under ACCESS EXCLUSIVE; safe form:"
            + " expand/contract: add a new column, backfill it in batches, switch readers, drop the old column";

    @Test
    void typeChangesThatRewriteAreFlagged() {
        Migrations migrations = fixture.prepare("""
                ALTER TABLE obs ALTER COLUMN site_id TYPE integer;
                -- outside-transaction
                ALTER TABLE obs ALTER COLUMN code TYPE varchar(10);
                ALTER TABLE obs ALTER COLUMN amount TYPE numeric(12,3);
                ALTER TABLE obs ALTER COLUMN note SET DATA TYPE varchar(5) USING left(note, 5);
                ALTER TABLE obs ADD COLUMN extra int;
                ALTER TABLE obs ALTER COLUMN extra TYPE bigint;
                ALTER TABLE obs ALTER COLUMN created TYPE timestamp(3);
                -- end-outside-transaction
                """);
        String fileBefore = state.strings("SELECT pg_relation_filenode('obs')::text").get(0);
        assertThat(migrations.lintPending(LintOptions.defaults()).lines()).containsExactly(
                at(1, "column-type-rewrite", "ALTER COLUMN obs.site_id TYPE integer (from bigint), " + REWRITE),
                at(3, "column-type-rewrite", "ALTER COLUMN obs.code TYPE varchar(10) (from varchar(20)), " + REWRITE),
                at(4, "column-type-rewrite", "ALTER COLUMN obs.amount TYPE numeric(12,3) (from numeric(10,2)), "
                        + REWRITE),
                at(5, "column-type-rewrite", "ALTER COLUMN obs.note TYPE varchar(5) (from text) USING an expression, "
                        + REWRITE),
                // a column added in the revision, but the table is populated: the whole table is rewritten
                at(7, "column-type-rewrite", "ALTER COLUMN obs.extra TYPE bigint (from integer), " + REWRITE),
                at(8, "column-type-rewrite", "ALTER COLUMN obs.created TYPE timestamp(3) (from timestamp), " + REWRITE));
        migrations.upgrade("heads");
        assertThat(state.strings("SELECT pg_relation_filenode('obs')::text")).doesNotContain(fileBefore);
    }

    @Test
    void typeChangesThatKeepTheTableAreNotFlaggedAndDoNotRewrite() {
        Migrations migrations = fixture.prepare("""
                ALTER TABLE obs ALTER COLUMN code TYPE character varying(40);
                ALTER TABLE obs ALTER COLUMN amount TYPE numeric(14,2);
                ALTER TABLE obs ALTER COLUMN note TYPE varchar;
                ALTER TABLE obs ALTER COLUMN code TYPE text;
                ALTER TABLE obs ALTER COLUMN created TYPE timestamp(6) without time zone;
                """);
        assertNotFlaggedAndNotRewritten(migrations);
        assertThat(state.strings("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid ="
                + " 'obs'::regclass AND attname IN ('code', 'amount', 'note', 'created') ORDER BY attname"))
                .containsExactly("numeric(14,2)", "text", "timestamp(6) without time zone", "character varying");
    }

    /** The pending revisions lint clean, then run without rewriting obs (the same file after as before). */
    private void assertNotFlaggedAndNotRewritten(Migrations migrations) {
        String fileBefore = state.strings("SELECT pg_relation_filenode('obs')::text").get(0);
        assertThat(migrations.lintPending(LintOptions.defaults()).lines()).isEmpty();
        migrations.upgrade("heads");
        assertThat(state.strings("SELECT pg_relation_filenode('obs')::text")).containsExactly(fileBefore);
    }

    /** Migrations whose revision cccccccccccc ({@code body}) is pending after one adding stamp and memo to obs. */
    private Migrations afterStampAndMemo(String body) {
        fixture.reset();
        Migrations migrations = fixture.migrations(List.of(LintFixture.revision("bbbbbbbbbbbb", LintFixture.BASE,
                        "ALTER TABLE obs ADD COLUMN stamp timestamptz DEFAULT now(), ADD COLUMN memo varchar(200)"
                                + " DEFAULT 'm';\n"),
                LintFixture.revision("cccccccccccc", "bbbbbbbbbbbb", body)));
        migrations.upgrade("bbbbbbbbbbbb");
        return migrations;
    }

    @Test
    void aPrecisionNamedAsItIsAndAUsingThatIsTheColumnCastAreNotFlaggedAndDoNotRewrite() {
        Migrations migrations = afterStampAndMemo("""
                ALTER TABLE obs ALTER COLUMN stamp TYPE timestamptz(6);
                ALTER TABLE obs ALTER COLUMN stamp TYPE timestamp(6) with time zone,
                    ALTER COLUMN memo TYPE text USING memo::text;
                ALTER TABLE obs ALTER COLUMN memo TYPE varchar USING memo;
                """);
        assertNotFlaggedAndNotRewritten(migrations);
        assertThat(state.strings("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid ="
                + " 'obs'::regclass AND attname IN ('memo', 'stamp') ORDER BY attname"))
                .containsExactly("character varying", "timestamp(6) with time zone");
    }

    @Test
    void aUsingWithAnyOtherExpressionIsFlaggedAndRewrites() {
        Migrations migrations = afterStampAndMemo("""
                ALTER TABLE obs ALTER COLUMN memo TYPE text USING lower(memo)::text;
                """);
        String fileBefore = state.strings("SELECT pg_relation_filenode('obs')::text").get(0);
        assertThat(migrations.lintPending(LintOptions.defaults()).lines()).containsExactly("db/lint/cccccccccccc_under"
                + "_test.sql:6: [column-type-rewrite] ALTER COLUMN obs.memo TYPE text (from varchar(200)) USING an"
                + " expression, " + REWRITE);
        migrations.upgrade("heads");
        assertThat(state.strings("SELECT pg_relation_filenode('obs')::text")).doesNotContain(fileBefore);
    }

    @Test
    void typeChangeOnATableCreatedInTheRevisionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id int, kind text);
                ALTER TABLE tel ALTER COLUMN id TYPE bigint;
                """)).isEmpty();
    }

    private static final String VOLATILE = "the default is computed for every row, which rewrites the table under"
            + " ACCESS EXCLUSIVE; safe form: add the column without a default, then SET DEFAULT, then backfill the"
            + " rows in batches";

    @Test
    void columnsWithAVolatileDefaultAreFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ADD COLUMN token uuid DEFAULT gen_random_uuid();
                -- outside-transaction
                ALTER TABLE obs ADD COLUMN seen timestamptz NOT NULL DEFAULT clock_timestamp();
                ALTER TABLE obs ADD COLUMN seq bigserial;
                -- end-outside-transaction
                """)).containsExactly(
                at(1, "volatile-default", "ADD COLUMN token on obs with the volatile default gen_random_uuid(), "
                        + VOLATILE),
                at(3, "volatile-default", "ADD COLUMN seen on obs with the volatile default clock_timestamp(), "
                        + VOLATILE),
                at(4, "volatile-default", "ADD COLUMN seq on obs with the volatile default bigserial (nextval() per"
                        + " row), " + VOLATILE));
    }

    private static final String DEFAULTS_SAFE = """
            ALTER TABLE obs ADD COLUMN token uuid;
            ALTER TABLE obs ALTER COLUMN token SET DEFAULT gen_random_uuid();
            ALTER TABLE obs ADD COLUMN flag boolean NOT NULL DEFAULT false;
            ALTER TABLE obs ADD COLUMN at timestamptz DEFAULT now();
            -- outside-transaction
            UPDATE obs SET token = gen_random_uuid() WHERE token IS NULL AND id <= 500;
            UPDATE obs SET token = gen_random_uuid() WHERE token IS NULL;
            -- end-outside-transaction
            """;

    @Test
    void constantDefaultsAndTheBackfillRecipeAreNotFlaggedFromPostgresql11() {
        assertThat(fixture.lintAndRun(DEFAULTS_SAFE, LintOptions.forServerVersion(11))).isEmpty();
        assertThat(state.strings("SELECT count(*)::text FROM obs WHERE token IS NULL OR flag")).containsExactly("0");
    }

    @Test
    void anyDefaultIsFlaggedBeforePostgresql11() {
        assertThat(fixture.lintAndRun(DEFAULTS_SAFE, LintOptions.forServerVersion(10))).containsExactly(
                at(3, "volatile-default", "ADD COLUMN flag on obs with DEFAULT false, before PostgreSQL 11 any"
                        + " default rewrites the table under ACCESS EXCLUSIVE; safe form: add the column without a"
                        + " default, then SET DEFAULT, then backfill the rows in batches"),
                at(3, "statements-after-exclusive-lock", AFTER_TOKEN),
                at(4, "volatile-default", "ADD COLUMN at on obs with DEFAULT now(), before PostgreSQL 11 any default"
                        + " rewrites the table under ACCESS EXCLUSIVE; safe form: add the column without a default,"
                        + " then SET DEFAULT, then backfill the rows in batches"),
                at(4, "statements-after-exclusive-lock", AFTER_TOKEN));
    }

    private static final String AFTER_TOKEN = "ALTER TABLE rewrites obs while the ACCESS EXCLUSIVE lock taken on obs at"
            + " line 6 is held, the lock is held until commit, so every query on the table waits for this statement"
            + " too; safe form: commit the lock-taking statement on its own (split the revision or use an"
            + " outside-transaction block)";

    @Test
    void volatileDefaultOnATableCreatedInTheRevisionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id int);
                ALTER TABLE tel ADD COLUMN token uuid DEFAULT gen_random_uuid();
                """)).isEmpty();
    }

    private static final String CONCURRENTLY = "PostgreSQL refuses it inside a transaction block; safe form: move it"
            + " into an outside-transaction block";

    @Test
    void concurrentlyInATransactionalSectionIsAnErrorThatPostgresqlConfirms() {
        String failure = fixture.lintThenFail("""
                CREATE TABLE tel (id int, kind text);
                CREATE INDEX CONCURRENTLY tel_kind_idx ON tel (kind);
                """, List.of(at(2, "concurrently-in-transaction", "CREATE INDEX CONCURRENTLY in a transactional"
                + " section, " + CONCURRENTLY)));
        assertThat(failure).contains("CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
    }

    @Test
    void concurrentlyOutsideTheTransactionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                -- outside-transaction
                CREATE INDEX CONCURRENTLY obs_site_idx ON obs (site_id);
                REINDEX INDEX CONCURRENTLY obs_site_idx;
                DROP INDEX CONCURRENTLY obs_site_idx;
                -- end-outside-transaction
                """)).isEmpty();
    }

    @Test
    void statementsAfterAnExclusiveLockInOneTransactionAreFlagged() {
        assertThat(fixture.lintAndRun("""
                ALTER TABLE obs ADD COLUMN flag boolean;
                INSERT INTO site VALUES (11, 'new');
                UPDATE obs
                   SET flag = true;
                """)).containsExactly(at(3, "statements-after-exclusive-lock", "UPDATE reads or writes rows while the"
                + " ACCESS EXCLUSIVE lock taken on obs at line 6 is held, the lock is held until commit, so every"
                + " query on the table waits for this statement too; safe form: commit the lock-taking statement on"
                + " its own (split the revision or use an outside-transaction block)"));
    }

    @Test
    void inOneTransactionForTheWholeRunALockIsHeldThroughTheNextRevisions() {
        fixture.reset();
        List<MigrationScript> revisions = List.of(
                LintFixture.revision("bbbbbbbbbbbb", LintFixture.BASE, "ALTER TABLE obs ADD COLUMN flag boolean;\n"),
                LintFixture.revision("cccccccccccc", "bbbbbbbbbbbb", "UPDATE obs SET flag = true;\n"));
        assertThat(fixture.migrations(revisions, TransactionMode.PER_REVISION).lintPending(LintOptions.defaults())
                .lines()).isEmpty();
        Migrations single = fixture.migrations(revisions, TransactionMode.SINGLE);
        assertThat(single.lintPending(LintOptions.defaults()).lines()).containsExactly("db/lint/cccccccccccc_under_test"
                + ".sql:6: [statements-after-exclusive-lock] UPDATE reads or writes rows while the ACCESS EXCLUSIVE lock"
                + " taken on obs at db/lint/bbbbbbbbbbbb_under_test.sql:6 is held, the lock is held until commit, so"
                + " every query on the table waits for this statement too; safe form: commit the lock-taking statement"
                + " on its own (split the revision or use an outside-transaction block)");
        single.upgrade("heads");
        assertThat(state.strings("SELECT count(*)::text FROM obs WHERE flag")).containsExactly("1000");
    }

    @Test
    void aBackfillInItsOwnTransactionOrAfterLockingANewTableIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id int);
                ALTER TABLE tel ADD COLUMN kind text;
                INSERT INTO tel SELECT id, code FROM obs;
                ALTER TABLE obs ADD COLUMN flag boolean;
                -- outside-transaction
                UPDATE obs SET flag = true;
                -- end-outside-transaction
                """)).isEmpty();
    }

    @Test
    void anEnumValueUsedInTheTransactionThatAddsItIsFlaggedAndPostgresqlRefusesIt() {
        String failure = fixture.lintThenFail("""
                ALTER TYPE state ADD VALUE 'late';
                UPDATE obs SET st = 'late' WHERE id = 1;
                """, List.of(at(2, "enum-value-used-in-transaction", "'late' used after ALTER TYPE ADD VALUE at line 6"
                + " in the same transaction, PostgreSQL refuses an unsafe use of a new enum value before the commit"
                + " that adds it; safe form: add the value in an outside-transaction block (or its own revision)")));
        assertThat(failure).contains("unsafe use of new value \"late\" of enum type state");
    }

    @Test
    void anEnumValueAddedOutsideTheTransactionIsNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (k state DEFAULT 'done');
                -- outside-transaction
                ALTER TYPE state ADD VALUE IF NOT EXISTS 'late' AFTER 'new';
                -- end-outside-transaction
                UPDATE obs SET st = 'late' WHERE id = 1;
                """)).isEmpty();
    }

    @Test
    void addingAnEnumValueInATransactionIsFlaggedBeforePostgresql12() {
        assertThat(fixture.lintAndRun("""
                ALTER TYPE state ADD VALUE 'late';
                """, LintOptions.forServerVersion(11))).containsExactly(at(1, "enum-value-used-in-transaction",
                "ALTER TYPE state ADD VALUE 'late' in a transactional section, which PostgreSQL before 12 refuses"
                        + " inside a transaction block; safe form: add the value in an outside-transaction block (or"
                        + " its own revision)"));
    }

    private static final String REBUILD = "rebuilds under a lock that blocks the table's users for the whole rebuild";

    @Test
    void vacuumFullClusterAndReindexAreFlagged() {
        assertThat(fixture.lintAndRun("""
                REINDEX TABLE obs;
                CLUSTER obs USING obs_pkey;
                -- outside-transaction
                VACUUM (FULL, ANALYZE) obs;
                -- end-outside-transaction
                """)).containsExactly(
                at(1, "rewrite-without-concurrently", "REINDEX TABLE obs without CONCURRENTLY, " + REBUILD
                        + "; safe form: REINDEX TABLE CONCURRENTLY in an outside-transaction block"),
                at(2, "rewrite-without-concurrently", "CLUSTER obs, " + REBUILD + "; safe form: pg_repack, outside"
                        + " the migration"),
                at(4, "rewrite-without-concurrently", "VACUUM FULL obs, " + REBUILD + "; safe form: pg_repack,"
                        + " outside the migration"));
    }

    @Test
    void reindexConcurrentlyAndRebuildsOfNewTablesAreNotFlagged() {
        assertThat(fixture.lintAndRun("""
                CREATE TABLE tel (id int PRIMARY KEY);
                CLUSTER tel USING tel_pkey;
                REINDEX TABLE tel;
                -- outside-transaction
                REINDEX TABLE CONCURRENTLY obs;
                VACUUM ANALYZE obs;
                -- end-outside-transaction
                """)).isEmpty();
    }

    @Test
    void lockTableIsFlaggedUnlessAllowedWithAReason() {
        assertThat(fixture.lintAndRun("""
                LOCK TABLE obs IN SHARE MODE;
                LOCK obs;
                -- lint: allow lock-table: the backfill below must see no concurrent insert
                LOCK TABLE site IN SHARE ROW EXCLUSIVE MODE;
                CREATE TABLE tel (id int);
                LOCK TABLE tel;
                """)).containsExactly(
                at(1, "lock-table", "LOCK TABLE obs IN SHARE MODE, blocks the table's other users until commit; safe"
                        + " form: none: say why the lock is needed in an allow"),
                at(2, "lock-table", "LOCK TABLE obs IN ACCESS EXCLUSIVE MODE, blocks the table's other users until"
                        + " commit; safe form: none: say why the lock is needed in an allow"));
    }

    @Test
    void ddlTheAnalysisCannotFollowIsReportedAtItsLine() {
        assertThat(fixture.lintAndRun("""
                COMMENT ON TABLE obs IS 'observations; with a semicolon';
                ALTER TABLE obs
                    SET TABLESPACE pg_default;
                GRANT SELECT ON obs TO PUBLIC;
                CREATE FUNCTION reindex_obs() RETURNS void LANGUAGE plpgsql AS $body$
                BEGIN
                    EXECUTE 'CREATE INDEX obs_code_idx ON obs (code)'; -- ; not a statement of the script
                END
                $body$;
                """)).containsExactly(at(2, "not-analysed", "ALTER TABLE statement not analysed, the analysis cannot"
                + " tell which locks it takes; safe form: review it by hand"));
    }
}
