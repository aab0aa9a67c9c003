package org.opsdb.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.runtime.DatabaseState;
import org.opsdb.migrations.script.ClassGraphScanner;
import org.opsdb.migrations.script.ScriptException;
import org.opsdb.migrations.script.ScriptPreload;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Script files that used to be misread — a header typo, a {@code COMMIT} in a revision, a ConfigMap volume's links,
 * a byte order mark, a NUL character — on a real database: each is either read as meant or refused with one line
 * before anything runs, the same whether the scripts were read ahead (the service's preload) or not (the console).
 */
@FreshDatabase
class ScriptFilesTest {

    private static final String A = "a10000000001";
    private static final String B = "b20000000002";

    private final TestDatabase db;
    private final DatabaseState state;
    @TempDir
    Path dir;

    ScriptFilesTest(TestDatabase db) {
        this.db = db;
        this.state = new DatabaseState(db);
    }

    @BeforeEach
    void reset() {
        state.reset();
    }

    private static String script(String id, String header, String upgrade) {
        return "-- revision: " + id + "\n" + header + "-- upgrade\n" + upgrade + "\n";
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private Migrations migrations(boolean preloaded) {
        ClassLoader classLoader = getClass().getClassLoader();
        var configuration = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString())
                .classLoader(classLoader);
        if (preloaded) {
            configuration.preload(ScriptPreload.start(new ClassGraphScanner(), List.of(dir.toString()), classLoader));
        }
        return configuration.load();
    }

    /** {@code upgrade heads} is refused with {@code message}, read ahead or not, and changes nothing. */
    private void assertRefused(String message) {
        List<String> tables = state.tables();
        List<String> versions = tables.contains("alembic_version") ? state.versions() : List.of();
        List<String> history = tables.contains("opsdb_migration_history") ? state.history() : List.of();
        for (boolean preloaded : new boolean[] {false, true}) {
            assertThatThrownBy(() -> migrations(preloaded).upgrade("heads")).as("preloaded: " + preloaded)
                    .isInstanceOf(ScriptException.class).hasMessage(message);
            assertThat(state.tables()).isEqualTo(tables);
            if (!versions.isEmpty()) {
                assertThat(state.versions()).isEqualTo(versions);
                assertThat(state.history()).isEqualTo(history);
            }
        }
    }

    @Test
    void aHeaderTypoIsRefusedInsteadOfMakingTheRevisionANewBase() throws IOException {
        write(A + "_alpha.sql", script(A, "-- down_revision:\n", "CREATE TABLE alpha (id int);"));
        write(B + "_beta.sql", script(B, "-- Down_revision: " + A + "\n", "CREATE TABLE beta (id int);"));
        assertRefused(dir.resolve(B + "_beta.sql") + ":2: unknown header 'Down_revision'; did you mean 'down_revision'?");
        assertThat(state.tables()).isEmpty();

        write(B + "_beta.sql", script(B, "-- down_revision " + A + "\n", "CREATE TABLE beta (id int);"));
        assertRefused(dir.resolve(B + "_beta.sql") + ":2: header 'down_revision' without a colon;"
                + " write '-- down_revision: VALUE'");
        assertThat(state.tables()).isEmpty();
    }

    /** Read as a comment, a misspelt marker would run the downgrade's DELETE and DROP during the upgrade. */
    @Test
    void aMisspeltDowngradeMarkerIsRefusedBeforeTheDowngradeSqlCanRunInTheUpgrade() throws IOException {
        write(A + "_alpha.sql", script(A, "", "CREATE TABLE alpha (id int);\nINSERT INTO alpha VALUES (1), (2);"));
        migrations(false).upgrade("heads");
        for (String marker : List.of("-- Downgrade", "--downgrade", "-- downgrade:", "-- down grade",
                "-- downgrade -- undo", "  -- downgrade", "-- down\u200bgrade")) {
            write(B + "_beta.sql", script(B, "-- down_revision: " + A + "\n", "CREATE TABLE beta (id int);\n"
                    + marker + "\nDELETE FROM alpha;\nDROP TABLE beta;"));
            assertRefused(dir.resolve(B + "_beta.sql") + ":5: '" + marker.replace("\u200b", "\\u200b")
                    + "' is not the section marker '-- downgrade', which must be written exactly so on a line of its"
                    + " own; fix the marker, or reword the comment");
            assertThat(state.tables()).containsExactly("alembic_version", "alpha", "opsdb_migration_history");
            assertThat(state.strings("SELECT count(*)::text FROM alpha")).containsExactly("2");
        }
    }

    /** A {@code down_revision} line below {@code -- upgrade} would make the revision a second base, applied at once. */
    @Test
    void aDownRevisionBelowTheUpgradeMarkerIsRefusedInsteadOfMakingANewBase() throws IOException {
        write(A + "_alpha.sql", script(A, "", "CREATE TABLE alpha (id int);"));
        migrations(false).upgrade("heads");
        write(B + "_beta.sql", "-- revision: " + B + "\n-- upgrade\n-- down_revision: " + A
                + "\nCREATE TABLE beta (id int);\n");
        assertRefused(dir.resolve(B + "_beta.sql") + ":3: header 'down_revision' inside the '-- upgrade' section;"
                + " headers go above '-- upgrade' (reword the comment if it is one)");
        assertThat(state.versions()).containsExactly(A);
    }

    @Test
    void aCommitInARevisionIsRefusedBeforeAnythingRunsAndTheVersionStaysTrue() throws IOException {
        write(A + "_alpha.sql", script(A, "", "CREATE TABLE alpha (id int);"));
        migrations(false).upgrade("heads");
        write(B + "_beta.sql", script(B, "-- down_revision: " + A + "\n",
                "CREATE TABLE beta (id int);\nCOMMIT;\nCREATE TABLE gamma (id int);\nSELECT 1 / 0;"));

        assertRefused(dir.resolve(B + "_beta.sql") + ":5: COMMIT in a transactional block: each revision runs in"
                + " one transaction, committed with its version row; remove it, or put the SQL that must run on its"
                + " own between '-- outside-transaction' and '-- end-outside-transaction'");
        assertThat(state.tables()).containsExactly("alembic_version", "alpha", "opsdb_migration_history");
        assertThat(state.versions()).containsExactly(A);
        assertThat(state.history()).containsExactly(A + " up true");
    }

    /** A Java migration cannot be read ahead; its {@code COMMIT} is refused when it would run, before it commits. */
    @Test
    void aCommitFromAJavaMigrationIsRefusedBeforeItCommitsAnything() {
        Migrations migrations = Migrations.configure().dataSource(db.dataSource())
                .locations("classpath:db/testmigrations/javacommit").classLoader(getClass().getClassLoader()).load();
        migrations.upgrade("ca0000000001");
        assertThatThrownBy(() -> migrations.upgrade("heads")).isInstanceOf(MigrationException.class)
                .hasMessage("Revision cb0000000002 (db.testmigrations.javacommit.CommitHalfway) failed in upgrade:"
                        + " COMMIT inside the revision's transaction would commit part of it without its version row;"
                        + " remove it, or run the statements that need it in op.outsideTransaction(...); statement:"
                        + " COMMIT");
        assertThat(state.versions()).containsExactly("ca0000000001");
        assertThat(state.strings("SELECT id::text FROM ledger ORDER BY id")).containsExactly("1");
    }

    @Test
    void aCommitOutsideTheTransactionIsAccepted() throws IOException {
        write(A + "_alpha.sql", script(A, "", "CREATE TABLE alpha (id int);\n-- outside-transaction\n"
                + "CREATE INDEX CONCURRENTLY alpha_id ON alpha (id);\nCOMMIT;\n-- end-outside-transaction"));
        migrations(false).upgrade("heads");
        assertThat(state.versions()).containsExactly(A);
        assertThat(state.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'alpha'"))
                .containsExactly("alpha_id");
    }

    /** Kubernetes mounts a ConfigMap as links through {@code ..data} into a timestamped hidden directory. */
    @Test
    void aConfigMapVolumeIsAppliedOnceRevisionByRevision() throws IOException {
        Path version = Files.createDirectories(dir.resolve("..2026_12_04_16_40_18.123456789"));
        Files.writeString(version.resolve(A + "_alpha.sql"), script(A, "", "CREATE TABLE alpha (id int);"));
        Files.writeString(version.resolve(B + "_beta.sql"), script(B, "-- down_revision: " + A + "\n",
                "CREATE TABLE beta (id int);"));
        Files.createSymbolicLink(dir.resolve("..data"), Path.of(version.getFileName().toString()));
        Files.createSymbolicLink(dir.resolve(A + "_alpha.sql"), Path.of("..data/" + A + "_alpha.sql"));
        Files.createSymbolicLink(dir.resolve(B + "_beta.sql"), Path.of("..data/" + B + "_beta.sql"));

        migrations(true).upgrade("heads");
        assertThat(state.versions()).containsExactly(B);
        assertThat(state.history()).containsExactly(A + " up true", B + " up true");
        assertThat(state.strings("SELECT script FROM opsdb_migration_history ORDER BY id"))
                .containsExactly(dir.resolve(A + "_alpha.sql").toString(), dir.resolve(B + "_beta.sql").toString());
    }

    @Test
    void aLinkToNothingIsRefusedNamingTheLink() throws IOException {
        write(A + "_alpha.sql", script(A, "", "CREATE TABLE alpha (id int);"));
        Files.createSymbolicLink(dir.resolve(B + "_beta.sql"), Path.of("..data/" + B + "_beta.sql"));
        assertRefused("Migration location '" + dir + "': " + dir.resolve(B + "_beta.sql")
                + " is a symbolic link to ..data/" + B + "_beta.sql, which does not exist");
        assertThat(state.tables()).isEmpty();
    }

    /** As Flyway does: the mark Windows editors put first is skipped, and the checksum is that of the text. */
    @Test
    void aByteOrderMarkIsSkippedAndTheChecksumIsThatOfTheTextWithoutIt() throws IOException {
        String text = script(A, "", "CREATE TABLE alpha (id int);");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        Files.write(dir.resolve(A + "_alpha.sql"), marked);

        migrations(true).upgrade("heads");
        CRC32 crc = new CRC32();
        crc.update(bytes);
        assertThat(state.strings("SELECT checksum FROM opsdb_migration_history"))
                .containsExactly(String.format("%08x", crc.getValue()));
        assertThat(state.tables()).contains("alpha");

        write(A + "_alpha.sql", text); // the same script saved without the mark is not an edited script
        write(B + "_beta.sql", script(B, "-- down_revision: " + A + "\n", "CREATE TABLE beta (id int);"));
        migrations(false).upgrade("heads");
        assertThat(state.versions()).containsExactly(B);
    }

    @Test
    void aNulCharacterIsRefusedNamingTheFileAndLine() throws IOException {
        write(A + "_alpha.sql", script(A, "-- message: alpha\0\n", "CREATE TABLE alpha (id int);"));
        assertRefused(dir.resolve(A + "_alpha.sql") + ":2: contains a NUL character (byte 0x00);"
                + " a migration script must be UTF-8 text");
        assertThat(state.tables()).isEmpty();
    }
}
