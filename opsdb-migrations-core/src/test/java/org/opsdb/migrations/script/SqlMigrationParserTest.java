package org.opsdb.migrations.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.ddl.SqlOperations;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.RecordingSink;
import org.opsdb.migrations.revision.Revision;

class SqlMigrationParserTest {

    private static final String FILE = "3f9c1a2b7d4e_add_foo.sql";
    private static final String SOURCE = "db/migrations/" + FILE;

    private final SqlMigrationParser parser = new SqlMigrationParser();

    private SqlMigrationScript parse(String text) {
        return parser.parse(new ScriptResource(SOURCE, FILE, text));
    }

    private void assertError(String text, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(ScriptException.class).hasMessage(message);
    }

    @Test
    void designExample() {
        SqlMigrationScript script = parse("""
                -- revision: 3f9c1a2b7d4e
                -- down_revision: a1b2c3d4e5f6
                -- message: add column foo to bar
                -- create_date: 2026-11-24T10:15:00Z

                -- upgrade
                ALTER TABLE bar ADD COLUMN foo varchar(255);

                -- downgrade
                ALTER TABLE bar DROP COLUMN foo;
                """);
        Revision revision = script.revision();
        assertThat(revision.id()).isEqualTo("3f9c1a2b7d4e");
        assertThat(revision.downRevisions()).containsExactly("a1b2c3d4e5f6");
        assertThat(revision.message()).isEqualTo("add column foo to bar");
        assertThat(revision.createDate()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
        assertThat(revision.source()).isEqualTo(SOURCE);
        assertThat(script.upgradeStatements()).containsExactly("ALTER TABLE bar ADD COLUMN foo varchar(255)");
        assertThat(script.hasDowngrade()).isTrue();
        RecordingSink sink = new RecordingSink();
        Operations op = SqlOperations.rendering(sink);
        script.downgrade(op);
        assertThat(sink.statements).containsExactly("ALTER TABLE bar DROP COLUMN foo");
    }

    @Test
    void mergeLabelsDependsOnAndBase() {
        Revision merge = parse("""
                -- revision: 3f9c1a2b7d4e
                -- down_revision: a1b2c3d4e5f6, b1b2c3d4e5f6
                -- branch_labels: core, shared
                -- depends_on: c1b2c3d4e5f6
                -- create_date: 2026-11-24 10:15:00
                -- upgrade
                SELECT 1;
                """).revision();
        assertThat(merge.downRevisions()).containsExactly("a1b2c3d4e5f6", "b1b2c3d4e5f6");
        assertThat(merge.branchLabels()).containsExactly("core", "shared");
        assertThat(merge.dependsOn()).containsExactly("c1b2c3d4e5f6");
        assertThat(merge.createDate()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
        assertThat(parse("-- revision: 3f9c1a2b7d4e\n-- down_revision:\n-- upgrade\n").revision().isBase()).isTrue();
    }

    @Test
    void outsideTransactionBlocks() {
        SqlMigrationScript script = parse("""
                -- revision: 3f9c1a2b7d4e
                -- upgrade
                ALTER TABLE foo ADD COLUMN name text;
                -- outside-transaction
                CREATE INDEX CONCURRENTLY foo_name ON foo (name);
                CREATE INDEX CONCURRENTLY foo_id ON foo (id);
                -- end-outside-transaction
                ANALYZE foo;
                -- downgrade
                -- only a comment
                """);
        RecordingSink sink = new RecordingSink();
        Operations op = SqlOperations.rendering(sink);
        script.upgrade(op);
        assertThat(sink.statements).containsExactly("ALTER TABLE foo ADD COLUMN name text",
                "[outside] CREATE INDEX CONCURRENTLY foo_name ON foo (name)",
                "[outside] CREATE INDEX CONCURRENTLY foo_id ON foo (id)", "ANALYZE foo");
        assertThat(script.hasDowngrade()).isFalse();
        assertThatThrownBy(() -> script.downgrade(op)).isInstanceOf(ScriptException.class)
                .hasMessage(SOURCE + ": revision 3f9c1a2b7d4e has no downgrade statements");
    }

    @Test
    void aMergeThatChangesNothingNeedsNoDowngradeStatements() {
        SqlMigrationScript merge = parse("""
                -- revision: 3f9c1a2b7d4e
                -- down_revision: a1b2c3d4e5f6, b2c3d4e5f6a1
                -- message: merge

                -- upgrade

                -- downgrade
                """);
        assertThat(merge.revision().downRevisions()).containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a1");
        assertThat(merge.hasDowngrade()).isTrue();
        RecordingSink sink = new RecordingSink();
        merge.downgrade(SqlOperations.rendering(sink));
        assertThat(sink.statements).isEmpty();
    }

    @Test
    void checksumIgnoresLineEndings() {
        String text = "-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n";
        assertThat(parse(text).checksum()).isEqualTo(parse(text.replace("\n", "\r\n")).checksum());
        assertThat(parse(text).checksum()).isNotEqualTo(parse(text + "SELECT 2;\n").checksum());
    }

    @Test
    void checksumIsTheCrc32OfTheUtf8TextAsEightHexDigits() {
        // CRC-32 (ISO-HDLC, as java.util.zip.CRC32 and zlib compute it) of the 47 bytes below: 0xa04fb41c
        String text = "-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n";
        assertThat(parse(text).checksum()).contains("a04fb41c");
        assertThat(parse(text.replace("\n", "\r\n")).checksumMatches("a04fb41c")).isTrue();
        assertThat(parse(text).checksumMatches("a04fb41d")).isFalse();
    }

    @Test
    void checksumLeavesOutTheLinesTheLintReadsAsAllows() {
        // a04fb41c: recorded for this text before allows existed; a script without allow lines keeps it
        String text = "-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n";
        String withAllows = "-- revision: 3f9c1a2b7d4e\n-- upgrade\n"
                + "  --lint:allow set-not-null , lock-held-across-scan: tiny table\n"
                + "-- lint: allow index-without-concurrently\nSELECT 1;\n\t-- lint: allow drop-in-use: last line";
        assertThat(parse(withAllows).checksum()).contains("a04fb41c");
        assertThat(parse(withAllows.replace("\n", "\r\n")).checksumMatches("a04fb41c")).isTrue();
        assertThat(parse(withAllows).checksumMatches(sha256Of(text))).isTrue();
        assertThat(parse(withAllows).text()).isEqualTo(withAllows); // the text the lint and the runtime read
        // a line that is more than an allow, or not one, counts
        for (String edit : new String[] {"-- lint: allow lock-table because\n", "SELECT 1; -- lint: allow lock-table: x\n",
                "-- lint: [set-not-null] a note autogenerate wrote\n", "-- lint: allow Lock-Table: x\n"}) {
            assertThat(parse(text + edit).checksum()).as(edit).isNotEqualTo(parse(text).checksum());
        }
    }

    @Test
    void aSha256RecordedBeforeTheCrc32StillMatches() {
        // what histories written by earlier versions hold: the SHA-256 (hex) of the same normalised text
        String text = "-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n";
        String sha256 = "5b5f4f8c1d4ee1b0a0d7a2b1b1e4e6d0c7f6a0e5c1d0b8f2e9a4c3b2a1f0e9d8";
        assertThat(parse(text).checksumMatches(sha256Of(text))).isTrue();
        assertThat(parse(text.replace("\n", "\r\n")).checksumMatches(sha256Of(text).toUpperCase())).isTrue();
        assertThat(parse(text).checksumMatches(sha256)).isFalse();
        assertThat(parse(text + "SELECT 2;\n").checksumMatches(sha256Of(text))).isFalse();
    }

    private static String sha256Of(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void trailingWhiteSpaceIsCutFromEveryLineOfABlock() {
        SqlMigrationScript script = parse("-- revision: 3f9c1a2b7d4e\n-- upgrade\n"
                + "CREATE FUNCTION f() RETURNS text AS $$  \nSELECT 'a'   \n$$ LANGUAGE sql;   \n-- a comment \t\n"
                + "SELECT 'x \ny';\n\n\n-- downgrade\n  \nDROP FUNCTION f;\t\n");
        assertThat(script.upgradeStatements()).containsExactly("CREATE FUNCTION f() RETURNS text AS $$\nSELECT 'a'\n"
                + "$$ LANGUAGE sql", "SELECT 'x\ny'");
        assertThat(script.downgradeStatements()).containsExactly("DROP FUNCTION f");
        // the same without trailing white space: the block is read as one piece of the text
        assertThat(parse("-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 'x\ny';\n-- c\nSELECT 2;\n").upgradeStatements())
                .containsExactly("SELECT 'x\ny'", "SELECT 2");
    }

    @Test
    void missingRevisionHeader() {
        assertError("-- message: x\n-- upgrade\nSELECT 1;\n", SOURCE + ":1: missing '-- revision:' header");
    }

    @Test
    void unknownHeaderKey() {
        assertError("-- revision: 3f9c1a2b7d4e\n-- down_revisons: a\n-- upgrade\n",
                SOURCE + ":2: unknown header 'down_revisons'; did you mean 'down_revision'?");
        assertError("-- revision: 3f9c1a2b7d4e\n-- note: a\n-- upgrade\n",
                SOURCE + ":2: unknown header 'note'; expected one of revision, down_revision, message,"
                        + " create_date, branch_labels, depends_on");
    }

    /** Each of these used to be read as a comment: the revision silently became a new base, or lost its header. */
    @Test
    void aNearMissOfAHeaderLineIsAnErrorNamingTheKeyMeant() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("-- Down_revision: a1", "unknown header 'Down_revision'; did you mean 'down_revision'?");
        cases.put("-- DOWN_REVISION: a1", "unknown header 'DOWN_REVISION'; did you mean 'down_revision'?");
        cases.put("-- down-revision: a1", "unknown header 'down-revision'; did you mean 'down_revision'?");
        cases.put("-- Down Revision : a1", "unknown header 'Down Revision'; did you mean 'down_revision'?");
        cases.put("-- Down_revison: a1", "unknown header 'Down_revison'; did you mean 'down_revision'?");
        cases.put("-- downrevision: a1", "unknown header 'downrevision'; did you mean 'down_revision'?");
        cases.put("-- revises: a1", "unknown header 'revises'; did you mean 'down_revision'?");
        cases.put("-- Revises: a1", "unknown header 'Revises'; did you mean 'down_revision'?");
        cases.put("-- Revision ID: 3f9c1a2b7d4e", "unknown header 'Revision ID'; did you mean 'revision'?");
        cases.put("-- Create Date: 2026-11-24 10:15:00", "unknown header 'Create Date'; did you mean 'create_date'?");
        cases.put("-- Message: add foo", "unknown header 'Message'; did you mean 'message'?");
        cases.put("-- branch_label: core", "unknown header 'branch_label'; did you mean 'branch_labels'?");
        cases.put("-- Depends on: a1", "unknown header 'Depends on'; did you mean 'depends_on'?");
        cases.put("-- down_revision a1", "header 'down_revision' without a colon; write '-- down_revision: VALUE'");
        cases.put("-- down_revision = a1", "header 'down_revision' without a colon; write '-- down_revision: VALUE'");
        cases.put("-- down_revision=a1", "header 'down_revision' without a colon; write '-- down_revision: VALUE'");
        cases.put("-- down_revision", "header 'down_revision' without a colon; write '-- down_revision: VALUE'");
        cases.put("-- Down-Revision a1", "header 'Down-Revision' without a colon; write '-- down_revision: VALUE'");
        cases.put("-- depends_on a1, b2", "header 'depends_on' without a colon; write '-- depends_on: VALUE'");
        cases.put("--create_date 2026-11-24T10:15:00Z",
                "header 'create_date' without a colon; write '-- create_date: VALUE'");
        cases.forEach((line, problem) -> assertError("-- revision: 3f9c1a2b7d4e\n" + line + "\n-- upgrade\nSELECT 1;\n",
                SOURCE + ":2: " + problem));
    }

    private static final String MARKER_HINT = ", which must be written exactly so on a line of its own; fix the"
            + " marker, or reword the comment";

    /** The downgrade's SQL must never become part of the upgrade because its marker was mistyped. */
    @Test
    void aNearMissOfTheDowngradeMarkerIsAnErrorNamingTheLineAndTheMarkerMeant() {
        List<String> nearMisses = List.of("-- Downgrade", "-- DOWNGRADE", "--downgrade", "-- downgrade:",
                "-- down grade", "--  downgrade", "-- downgrade -- drops beta", "-- downgrade  # drops beta",
                "-- downgrade (drops beta)", "-- downgrad", "-- dowmgrade", "-- downgarde", "-- down-grade",
                "-- down_grade", "--\tdowngrade", "-- Downgrade:", "  -- downgrade", "\t-- downgrade",
                "--\u00a0downgrade", "-- down\u200bgrade", "-- d\u043ewngrade", "\u200b-- downgrade",
                "-- downgrades");
        for (String line : nearMisses) {
            assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\nCREATE TABLE beta (id int);\n" + line
                    + "\nDROP TABLE beta;\n", SOURCE + ":4: '" + SectionMarkers.shown(line)
                    + "' is not the section marker '-- downgrade'" + MARKER_HINT);
        }
    }

    @Test
    void aNearMissOfTheOtherMarkersIsAnErrorWhereverItStands() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("-- Upgrade", "-- upgrade");
        cases.put("--upgrade", "-- upgrade");
        cases.put("-- upgrade:", "-- upgrade");
        cases.put("-- upgarde", "-- upgrade");
        cases.put("-- UP GRADE", "-- upgrade");
        cases.put("-- outside transaction", "-- outside-transaction");
        cases.put("-- Outside-Transaction", "-- outside-transaction");
        cases.put("--outside-transaction", "-- outside-transaction");
        cases.put("-- outside_transaction:", "-- outside-transaction");
        cases.put("-- end outside transaction", "-- end-outside-transaction");
        cases.put("-- end-outside-transacton", "-- end-outside-transaction");
        cases.put("-- End-Outside-Transaction -- index built", "-- end-outside-transaction");
        cases.forEach((line, marker) -> {
            assertError("-- revision: 3f9c1a2b7d4e\n" + line + "\nSELECT 1;\n", SOURCE + ":2: '" + line
                    + "' is not the section marker '" + marker + "'" + MARKER_HINT);
            assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n" + line + "\nSELECT 2;\n",
                    SOURCE + ":4: '" + line + "' is not the section marker '" + marker + "'" + MARKER_HINT);
        });
        assertError("-- revision: 3f9c1a2b7d4e\n-- outside-transaction\n-- upgrade\nSELECT 1;\n", SOURCE
                + ":2: '-- outside-transaction' before the '-- upgrade' section; it belongs inside a section");
    }

    @Test
    void commentsThatOnlyMentionASectionStayComments() {
        String comments = """
                -- the downgrade drops beta
                -- updates the status column
                -- upgrading from v1 needs the backfill below
                -- grade of the index: b-tree
                -- down
                -- outside of business hours only
                -- end of the first part
                -- Note: downgrade is lossy
                -- -- --
                --
                """;
        SqlMigrationScript script = parse("-- revision: 3f9c1a2b7d4e\n" + comments + "-- upgrade\n" + comments
                + "SELECT 1;\n" + comments + "-- downgrade\n" + comments + "SELECT 2;\n");
        assertThat(script.upgradeStatements()).containsExactly("SELECT 1");
    }

    @Test
    void aHeaderKeyHiddenByAnInvisibleOrLookAlikeCharacterIsAnError() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("-- down\u200b_revision: a1", "U+200B ZERO WIDTH SPACE");
        cases.put("-- down_revision\u200b: a1", "U+200B ZERO WIDTH SPACE");
        cases.put("--\u200b down_revision: a1", "U+200B ZERO WIDTH SPACE");
        cases.put("-- down_rev\u0456sion: a1", "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I");
        cases.put("-- d\u043ewn_revision: a1", "U+043E CYRILLIC SMALL LETTER O");
        cases.put("-- depends\u00a0on: a1", "U+00A0 NO-BREAK SPACE");
        cases.forEach((line, character) -> {
            String key = line.contains("depends") ? "depends_on" : "down_revision";
            assertError("-- revision: 3f9c1a2b7d4e\n" + line + "\n-- upgrade\nSELECT 1;\n", SOURCE + ":2: header"
                    + " line '" + SectionMarkers.shown(line) + "' has " + character + " in its key; write '-- " + key
                    + ":' in plain ASCII");
        });
        Revision revision = parse("-- revision: 3f9c1a2b7d4e\n-- message: caf\u00e9 \u2014 d\u00e9j\u00e0 vu\n"
                + "-- R\u00e9sum\u00e9 du changement\n-- upgrade\nSELECT 1;\n").revision();
        assertThat(revision.message()).isEqualTo("caf\u00e9 \u2014 d\u00e9j\u00e0 vu");
    }

    @Test
    void aGraphHeaderInsideASectionIsAnErrorInsteadOfMakingTheRevisionANewBase() {
        String hint = " section; headers go above '-- upgrade' (reword the comment if it is one)";
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\n-- down_revision: a1b2c3d4e5f6\nSELECT 1;\n",
                SOURCE + ":3: header 'down_revision' inside the '-- upgrade'" + hint);
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n-- downgrade\n-- Depends On: a1\nSELECT 2;\n",
                SOURCE + ":5: header 'depends_on' inside the '-- downgrade'" + hint);
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n-- message: late\n",
                SOURCE + ":4: header 'message' inside the '-- upgrade'" + hint);
        SqlMigrationScript script = parse("-- revision: 3f9c1a2b7d4e\n-- upgrade\n-- Message: shown to users\n"
                + "-- Note: keep\nSELECT 1;\n");
        assertThat(script.upgradeStatements()).containsExactly("SELECT 1");
    }

    @Test
    void transactionControlInATransactionalBlockIsRefusedNamingItsLine() {
        String hint = " in a transactional block: each revision runs in one transaction, committed with its version row;"
                + " remove it, or put the SQL that must run on its own between '-- outside-transaction' and"
                + " '-- end-outside-transaction'";
        assertError("""
                -- revision: 3f9c1a2b7d4e
                -- upgrade
                -- the table
                CREATE TABLE a (
                    id int
                );
                commit;
                CREATE TABLE b (id int);
                """, SOURCE + ":7: COMMIT" + hint);
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n",
                SOURCE + ":3: BEGIN" + hint);
        assertError("""
                -- revision: 3f9c1a2b7d4e
                -- upgrade
                -- outside-transaction
                VACUUM a;
                -- end-outside-transaction
                SELECT 1; START TRANSACTION;
                """, SOURCE + ":6: START TRANSACTION" + hint);
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n-- downgrade\nDROP TABLE a;\nEND;\n",
                SOURCE + ":6: END" + hint);
    }

    @Test
    void transactionControlOutsideTheTransactionAndTransactionWordsInsideStatementsAreAccepted() {
        SqlMigrationScript script = parse("""
                -- revision: 3f9c1a2b7d4e
                -- upgrade
                SELECT 'COMMIT;'; -- ROLLBACK;
                CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;
                SAVEPOINT s; ROLLBACK TO SAVEPOINT s;
                -- outside-transaction
                COMMIT;
                -- end-outside-transaction
                """);
        assertThat(script.upgradeStatements()).containsExactly("SELECT 'COMMIT;'",
                "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$", "SAVEPOINT s",
                "ROLLBACK TO SAVEPOINT s", "COMMIT");
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheScriptNorOfItsChecksum() {
        String text = "-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n";
        SqlMigrationScript plain = parse(text);
        SqlMigrationScript marked = parse("\uFEFF" + text.replace("\n", "\r\n"));
        assertThat(marked.revision().id()).isEqualTo("3f9c1a2b7d4e");
        assertThat(marked.upgradeStatements()).containsExactly("SELECT 1");
        assertThat(marked.checksum()).isEqualTo(plain.checksum());
        assertThat(ScriptSetFingerprint.of(List.of(new ScriptResource(SOURCE, FILE, "\uFEFF" + text))))
                .isEqualTo(ScriptSetFingerprint.of(List.of(new ScriptResource(SOURCE, FILE, text))));
    }

    @Test
    void freeTextCommentsInTheHeaderStayComments() {
        String comments = """
                -- Note: adds foo to bar, see https://example.org/tickets/12
                -- TODO: drop the old column next release
                -- Author: Jane Doe
                -- Version: 2 of the billing schema
                -- WARNING: rewrites bar
                -- revision 2 of the billing schema
                -- message queue tables come later
                -- depends on the billing module being deployed first
                -- Created by the reporting team
                -- Revision history: none
                --
                """;
        Revision revision = parse("-- revision: 3f9c1a2b7d4e\n-- down_revision: a1b2c3d4e5f6\n" + comments
                + "-- upgrade\nSELECT 1;\n").revision();
        assertThat(revision.downRevisions()).containsExactly("a1b2c3d4e5f6");
        assertThat(revision.dependsOn()).isEmpty();
        assertThat(revision.message()).isEmpty();
    }

    @Test
    void duplicateHeader() {
        assertError("-- revision: 3f9c1a2b7d4e\n-- revision: 3f9c1a2b7d4e\n-- upgrade\n",
                SOURCE + ":2: duplicate header 'revision' (first at line 1)");
    }

    @Test
    void missingUpgradeSection() {
        assertError("-- revision: 3f9c1a2b7d4e\n\n-- downgrade\nDROP TABLE foo;",
                SOURCE + ":4: missing '-- upgrade' section");
    }

    @Test
    void revisionMustMatchFileName() {
        assertError("-- revision: 0000aaaabbbb\n-- upgrade\n", SOURCE + ":1: revision 0000aaaabbbb does not match"
                + " the file name " + FILE + ", which must be 0000aaaabbbb_<slug>.sql");
    }

    @Test
    void duplicateSection() {
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\nSELECT 1;\n-- upgrade\nSELECT 2;\n",
                SOURCE + ":4: duplicate '-- upgrade' section (first at line 2)");
    }

    @Test
    void sqlBeforeUpgrade() {
        assertError("-- revision: 3f9c1a2b7d4e\nSELECT 1;\n-- upgrade\n",
                SOURCE + ":2: SQL before the '-- upgrade' section");
    }

    @Test
    void unendedOutsideTransactionBlock() {
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\n-- outside-transaction\nCREATE INDEX CONCURRENTLY i ON t (c);\n"
                + "-- downgrade\n", SOURCE + ":5: '-- outside-transaction' at line 3 is not ended before '-- downgrade'");
        assertError("-- revision: 3f9c1a2b7d4e\n-- upgrade\n-- end-outside-transaction\n",
                SOURCE + ":3: '-- end-outside-transaction' without '-- outside-transaction'");
    }

    @Test
    void badCreateDate() {
        assertError("-- revision: 3f9c1a2b7d4e\n-- create_date: yesterday\n-- upgrade\n",
                SOURCE + ":2: create_date 'yesterday' is not an ISO-8601 date-time, e.g. 2026-11-24T10:15:00Z");
        // the canonical shape with an impossible month or a letter in it is still an error, not a date
        assertError("-- revision: 3f9c1a2b7d4e\n-- create_date: 2026-13-24T10:15:00Z\n-- upgrade\n",
                SOURCE + ":2: create_date '2026-13-24T10:15:00Z' is not an ISO-8601 date-time, e.g. 2026-11-24T10:15:00Z");
        assertError("-- revision: 3f9c1a2b7d4e\n-- create_date: 2026-1x-24T10:15:00Z\n-- upgrade\n",
                SOURCE + ":2: create_date '2026-1x-24T10:15:00Z' is not an ISO-8601 date-time, e.g. 2026-11-24T10:15:00Z");
    }

    @Test
    void theCanonicalCreateDateIsTheInstantJavaTimeReads() {
        java.time.LocalDate day = java.time.LocalDate.of(1899, 12, 25);
        while (day.getYear() < 2101) { // every day of two centuries, each at another time of day
            String value = day + "T" + String.format("%02d:%02d:%02dZ", day.getDayOfMonth() % 24,
                    day.getDayOfYear() % 60, (day.getDayOfYear() * 7) % 60);
            assertThat(SqlMigrationParser.canonicalInstant(value)).as(value).isEqualTo(Instant.parse(value));
            day = day.plusDays(1);
        }
        for (String value : List.of("0000-01-01T00:00:00Z", "0000-02-29T12:00:00Z", "0400-03-01T00:00:00Z",
                "1600-02-29T23:59:59Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z")) {
            assertThat(SqlMigrationParser.canonicalInstant(value)).as(value).isEqualTo(Instant.parse(value));
        }
        for (String impossible : List.of("2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-02-30T00:00:00Z",
                "2026-04-31T00:00:00Z", "2026-00-10T00:00:00Z", "2026-13-10T00:00:00Z", "2026-11-00T00:00:00Z",
                "2026-11-24T24:00:00Z", "2026-11-24T10:60:00Z", "2026-11-24T10:15:60Z", "2026-11-24T10:15:0xZ",
                "2026-11-24 10:15:00Z", "2026-11-24T10:15:00+", "2026-11-24T10:15:00.5Z")) {
            assertThat(SqlMigrationParser.canonicalInstant(impossible)).as(impossible).isNull();
        }
    }

    @Test
    void createDateWithFractionOrOffsetIsReadByTheGeneralParser() {
        Revision revision = parse("-- revision: 3f9c1a2b7d4e\n-- create_date: 2026-11-24T10:15:00.250+01:00\n"
                + "-- upgrade\n").revision();
        assertThat(revision.createDate()).isEqualTo(Instant.parse("2026-11-24T09:15:00.250Z"));
    }

    @Test
    void headerLinesAreReadAsTheirPatternSaysAndOtherCommentsAreComments() {
        assertThat(SqlMigrationParser.headerParts("-- revision: abc")).containsExactly("revision", " abc");
        assertThat(SqlMigrationParser.headerParts("--\trevision \t:abc ")).containsExactly("revision", "abc ");
        assertThat(SqlMigrationParser.headerParts("--down_revision:")).containsExactly("down_revision", "");
        assertThat(SqlMigrationParser.headerParts("-- Revision: abc")).isNull();
        assertThat(SqlMigrationParser.headerParts("-- see: https://example.org")).containsExactly("see",
                " https://example.org");
        assertThat(SqlMigrationParser.headerParts("-- a plain comment")).isNull();
        assertThat(SqlMigrationParser.headerParts("--")).isNull();
        assertThat(SqlMigrationParser.headerParts("-- note: two\u2028lines")).isNull();
    }
}
