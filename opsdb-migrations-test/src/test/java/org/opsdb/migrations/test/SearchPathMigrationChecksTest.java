package org.opsdb.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.autogenerate.ModelSource;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.PrimaryKeyConstraint;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.schema.EnumType;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;

/**
 * Issue 21, item 2: every standard check passes on a database whose {@code search_path} is {@code ops} (no
 * {@code table-schema} setting): the kit empties it and gives back schema {@code ops}, where the version and history
 * tables go, and its snapshots and the model comparison leave out {@code ops.alembic_version} and
 * {@code ops.opsdb_migration_history}.
 */
@FreshDatabase
class SearchPathMigrationChecksTest {

    /** What the scripts below build, in schema {@code ops}. */
    static final SchemaModel MODEL = new SchemaModel(List.of("ops"), List.of(new TableModel(
            QualifiedName.of("ops", "run"),
            List.of(Column.of("id", "bigint").notNull(),
                    Column.of("mood", "ops.mood").notNull().serverDefault("'calm'"), Column.of("label", "varchar(32)")),
            new PrimaryKeyConstraint(null, List.of("id")), List.of(), List.of(), List.of(), List.of(), null)),
            List.of(new EnumType(QualifiedName.of("ops", "mood"), List.of("calm", "busy"))), List.of());

    private final TestDatabase db;

    SearchPathMigrationChecksTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void everyCheckPassesWhenTheSearchPathIsOps(@TempDir Path dir) throws Exception {
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA ops");
            st.execute("ALTER DATABASE " + db.name() + " SET search_path = ops");
        }
        Files.writeString(dir.resolve("a10000000001_run.sql"), """
                -- revision: a10000000001
                -- down_revision:
                -- message: run
                -- create_date: 2026-12-07T10:00:00Z

                -- upgrade
                CREATE TYPE mood AS ENUM ('calm', 'busy');
                CREATE TABLE run (id bigint NOT NULL, mood mood NOT NULL DEFAULT 'calm',
                    CONSTRAINT run_pkey PRIMARY KEY (id));

                -- downgrade
                DROP TABLE run;
                DROP TYPE mood;
                """);
        Files.writeString(dir.resolve("b20000000002_label.sql"), """
                -- revision: b20000000002
                -- down_revision: a10000000001
                -- message: label
                -- create_date: 2026-12-07T11:00:00Z

                -- upgrade
                ALTER TABLE run ADD COLUMN label varchar(32);

                -- downgrade
                ALTER TABLE run DROP COLUMN label;
                """);
        ModelComparison byCheck = new ModelComparison() {
            @Override
            public List<String> differences(Migrations migrations, DataSource dataSource) {
                return migrations.check(() -> MODEL).differences();
            }

            @Override
            public Optional<ModelSource> modelSource() {
                return Optional.of(() -> MODEL);
            }
        };

        List<CheckResult> results = MigrationCheck.forLocations(dir.toString()).dataSource(db.dataSource()).all()
                .modelsMatch(byCheck).run();

        assertThat(results).extracting(result -> result.check() + " " + result.status()
                        + (result.message().isEmpty() ? "" : " " + result.message()))
                .containsExactly("SINGLE_HEAD PASSED", "DOWNGRADES_PRESENT PASSED", "CHECKSUMS_UNCHANGED PASSED",
                        "UPGRADE PASSED", "ROUND_TRIP PASSED", "STAIRWAY PASSED", "DOWNGRADE_LEAVES_NO_TRACE PASSED",
                        "MODELS_MATCH PASSED", "INIT_MATCHES_MIGRATIONS PASSED", "LOCK_SAFETY PASSED");
        // left migrated to heads, its own tables in ops
        assertThat(tables()).isEqualTo("ops.alembic_version, ops.opsdb_migration_history, ops.run");
    }

    private String tables() throws SQLException {
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT string_agg(n.nspname || '.' || c.relname, ', '"
                     + " ORDER BY n.nspname || '.' || c.relname)"
                     + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r'"
                     + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
