package org.opsdb.migrations.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.hibernate.HibernateModelSource;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 25, item 6: a STRING enum column's check ({@code status in (…)}, which PostgreSQL prints as
 * {@code (status)::text = ANY ((ARRAY['RUNNING'::character varying, …])::text[])}) dropped by an upgrade (the column
 * becomes a native enum) and re-created by the downgrade from that printed text reads back as
 * {@code ARRAY[('RUNNING'::character varying)::text, …]}; checks are compared by meaning, so {@code check} against
 * the previous entities finds nothing after {@code downgrade -1}, on seeded rows.
 */
class CheckMeaningTest {

    static final ModelSource V1 = HibernateModelSource.ofEntities(
            List.of(org.opsdb.migrations.autogenerate.checkmeaning.v1.Run.class), Map.of());
    static final ModelSource V2 = HibernateModelSource.ofEntities(
            List.of(org.opsdb.migrations.autogenerate.checkmeaning.v2.Run.class), Map.of());

    @Test
    void checkAfterDowngradeOfAStringEnumTurnedNativeFindsNothing(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectory(root.resolve("migrations"));
        try (TestDatabase db = PostgresServer.shared().createDatabase("check_meaning")) {
            load(db, dir).revision(RevisionRequest.of("runs").autogenerate(V1).directory(dir));
            load(db, dir).upgrade("head");
            execute(db, "INSERT INTO run VALUES (1, 'RUNNING'), (2, 'DONE')");
            String created = check(db);
            assertThat(load(db, dir).check(V1).differences()).isEmpty();

            Path second = load(db, dir).revision(RevisionRequest.of("native status").autogenerate(V2)
                    .directory(dir)).path();
            load(db, dir).upgrade("head");
            assertThat(load(db, dir).check(V2).differences()).isEmpty();

            load(db, dir).downgrade("-1");
            assertThat(check(db)).as("the re-created check reads back otherwise")
                    .isEqualTo("CHECK (status::text = ANY (ARRAY['RUNNING'::character varying::text,"
                            + " 'DONE'::character varying::text, 'FAILED'::character varying::text]))")
                    .isNotEqualTo(created);
            // the previous release: its scripts (without the second) and its entities
            Path aside = Files.move(second, dir.resolveSibling(second.getFileName()));
            assertThat(load(db, dir).check(V1).differences()).isEmpty();
            assertThat(rows(db)).containsExactly("1 RUNNING", "2 DONE");

            Files.move(aside, second);
            load(db, dir).upgrade("head");
            assertThat(load(db, dir).check(V2).differences()).isEmpty();
            assertThat(rows(db)).containsExactly("1 RUNNING", "2 DONE");
        }
    }

    private static Migrations load(TestDatabase db, Path dir) {
        return Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
    }

    private static String check(TestDatabase db) throws Exception {
        return strings(db, "SELECT pg_get_constraintdef(oid, true) FROM pg_constraint WHERE conname ="
                + " 'run_status_check'").get(0);
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        return strings(db, "SELECT id || ' ' || status FROM run ORDER BY id");
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(TestDatabase db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
