package org.opsdb.migrations.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.runtime.OwnTables;
import org.opsdb.migrations.runtime.TableName;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 21, item 2: on a database whose {@code search_path} is {@code ops} (and no {@code table-schema} setting) the
 * version and history tables go to {@code ops}, and autogenerate, {@code check}, {@code init --drop} and
 * {@code diff} take {@code ops.alembic_version} and {@code ops.opsdb_migration_history} for the tool's own tables,
 * as the runtime does, instead of reporting them as tables to drop or to create.
 */
class SearchPathOwnTablesTest {

    /** The revision body of a diff whose sides agree. */
    static final String NOTHING = "-- upgrade\n\n-- downgrade\n";

    @Test
    void underSearchPathOpsTheOwnTablesInOpsAreNeverADifference(@TempDir Path dir) throws Exception {
        try (TestDatabase db = opsDatabase("own_tables_ops"); TestDatabase bare = opsDatabase("own_tables_bare")) {
            Migrations empty = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString()).load();
            empty.revision(RevisionRequest.of("ops").autogenerate(SecondSchemaModelTest.MODEL).directory(dir));
            Migrations migrations = Migrations.configure().dataSource(db.dataSource()).locations(dir.toString())
                    .load();
            migrations.upgrade("head");
            assertThat(tables(db)).containsExactly("ops.alembic_version", "ops.opsdb_migration_history", "ops.run");
            try (Connection c = db.openConnection()) {
                OwnTables.Resolved own = migrations.ownTables().resolve(c);
                assertThat(own).isEqualTo(new OwnTables.Resolved(new TableName("ops", "alembic_version"),
                        new TableName("ops", "opsdb_migration_history")));
                assertThat(own.contains(QualifiedName.of("ops", "alembic_version"))).isTrue();
                assertThat(own.contains(QualifiedName.of("public", "alembic_version"))).isFalse();
                assertThat(own.contains(QualifiedName.of("ops", "run"))).isFalse();
            }

            assertThat(migrations.check(SecondSchemaModelTest.MODEL))
                    .isEqualTo(new ModelCheckResult(List.of(), List.of(), List.of()));
            assertThat(body(migrations.revision(RevisionRequest.of("nothing").autogenerate(SecondSchemaModelTest.MODEL)
                    .directory(dir)).path())).isEqualTo(NOTHING);

            // the other side of the diff has schema ops and nothing in it: only the model's objects differ
            assertThat(body(Migrations.diff(db.dataSource(), bare.dataSource(), List.of()))).isEqualTo("""
                    -- upgrade
                    -- WARNING drops table ops.run and all its rows
                    DROP TABLE ops.run;
                    DROP TYPE ops.mood;

                    -- downgrade
                    CREATE TYPE ops.mood AS ENUM ('calm', 'busy');
                    CREATE TABLE ops.run (id bigint NOT NULL, mood ops.mood NOT NULL DEFAULT 'calm'::ops.mood,\
                     moods ops.mood[], label character varying(32), started timestamp with time zone,\
                     CONSTRAINT run_pkey PRIMARY KEY (id), CONSTRAINT run_label_check CHECK (label::text = ANY\
                     (ARRAY['a'::character varying, 'b'::character varying]::text[])));
                    """);
            assertThat(body(Migrations.diff(bare.dataSource(), db.dataSource(), List.of())))
                    .doesNotContain("alembic_version", "opsdb_migration_history");
            assertThat(body(Migrations.diff(db.dataSource(), db.dataSource(), List.of()))).isEqualTo(NOTHING);

            // init --drop: the schema of the own tables comes back, they are not taken for user tables
            migrations.reload().init(SecondSchemaModelTest.MODEL, true);
            assertThat(tables(db)).containsExactly("ops.alembic_version", "ops.opsdb_migration_history", "ops.run");
            assertThat(migrations.reload().check(SecondSchemaModelTest.MODEL))
                    .isEqualTo(new ModelCheckResult(List.of(), List.of(), List.of()));
        }
    }

    /** A fresh database with schema {@code ops} and {@code search_path = ops} for every new connection. */
    static TestDatabase opsDatabase(String prefix) throws SQLException {
        TestDatabase db = PostgresServer.shared().createDatabase(prefix);
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA ops");
            st.execute("ALTER DATABASE " + db.name() + " SET search_path = ops");
        }
        return db;
    }

    /** Every table of every user schema, {@code schema.table}. */
    private static List<String> tables(TestDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n.nspname || '.' || c.relname FROM pg_class c"
                     + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r'"
                     + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static String body(Path script) throws Exception {
        return body(Files.readString(script));
    }

    /** The script from its {@code -- upgrade} line on (the header holds a random id and the time). */
    private static String body(String script) {
        return script.substring(script.indexOf("-- upgrade"));
    }
}
