package org.opsdb.migrations.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.ddl.SqlOperations;
import org.opsdb.migrations.operations.EnumValueRemoval.EnumColumn;

class SqlOperationsTest {

    @Test
    void aHandWrittenMigrationRendersEveryStatementInOrder() {
        RecordingSink sink = new RecordingSink();
        Operations op = SqlOperations.rendering(sink);

        op.createEnum("observation_status", "DRAFT", "DONE");
        op.createTable("observation",
                Column.of("id", "uuid").primaryKey(),
                Column.of("status", "observation_status").notNull().serverDefault("'DRAFT'"),
                Column.of("user", "text"));
        op.addColumn("observation", Column.of("Mixed", "varchar(255)").notNull().serverDefault("'x'"));
        op.alterColumn("observation", "user", c -> c.type("varchar(64)").setNotNull());
        op.renameColumn("observation", "Mixed", "mixed");
        op.createIndex("ix_obs_user", "observation", List.of("user"), i -> i.unique().where("status = 'DONE'"));
        op.outsideTransaction(o -> {
            o.createIndex("ix_obs_status", "observation", List.of("status"), CreateIndex::concurrently);
            o.addEnumValue("observation_status", "CANCELLED", v -> v.after("DRAFT").withIfNotExists());
        });
        op.createForeignKey("observation",
                ForeignKeyConstraint.of("id", "ops.parent", "id").named("fk_obs_parent").onDelete(ReferentialAction.CASCADE));
        op.createCheckConstraint("ck_user", "observation", "length(\"user\") > 0");
        op.bulkInsert("observation", List.of(Map.of("user", "o'neil")));
        op.execute("UPDATE observation SET status = 'DONE';");
        op.dropTable("observation");
        op.dropEnum("observation_status");

        assertThat(sink.statements).containsExactly(
                "CREATE TYPE observation_status AS ENUM ('DRAFT', 'DONE')",
                "CREATE TABLE observation (id uuid NOT NULL, status observation_status NOT NULL DEFAULT 'DRAFT', "
                        + "\"user\" text, PRIMARY KEY (id))",
                "ALTER TABLE observation ADD COLUMN \"Mixed\" varchar(255) NOT NULL DEFAULT 'x'",
                "ALTER TABLE observation ALTER COLUMN \"user\" TYPE varchar(64)",
                "ALTER TABLE observation ALTER COLUMN \"user\" SET NOT NULL",
                "ALTER TABLE observation RENAME COLUMN \"Mixed\" TO mixed",
                "CREATE UNIQUE INDEX ix_obs_user ON observation (\"user\") WHERE status = 'DONE'",
                "[outside] CREATE INDEX CONCURRENTLY ix_obs_status ON observation (status)",
                "[outside] ALTER TYPE observation_status ADD VALUE IF NOT EXISTS 'CANCELLED' AFTER 'DRAFT'",
                "ALTER TABLE observation ADD CONSTRAINT fk_obs_parent FOREIGN KEY (id) REFERENCES ops.parent (id) "
                        + "ON DELETE CASCADE",
                "ALTER TABLE observation ADD CONSTRAINT ck_user CHECK (length(\"user\") > 0)",
                "INSERT INTO observation (\"user\") VALUES ('o''neil')",
                "UPDATE observation SET status = 'DONE'",
                "DROP TABLE observation",
                "DROP TYPE observation_status");
    }

    @Test
    void diffGeneratedOperationsAreAppliedAndTheRecipeIsAvailable() {
        RecordingSink sink = new RecordingSink();
        Operations op = SqlOperations.rendering(sink);
        op.applyAll(List.of(new CreateSchema("ops", true), new DropSchema("ops", true, true)));
        op.removeEnumValue("s", List.of("a"), EnumColumn.of("t", "c"));
        op.createSequence("ops.seq", SequenceOptions.DEFAULTS.start(10));
        op.setTableComment("t", "x");
        assertThat(sink.statements).containsExactly(
                "CREATE SCHEMA IF NOT EXISTS ops",
                "DROP SCHEMA IF EXISTS ops CASCADE",
                "ALTER TYPE s RENAME TO s_old",
                "CREATE TYPE s AS ENUM ('a')",
                "ALTER TABLE t ALTER COLUMN c TYPE s USING c::text::s",
                "DROP TYPE s_old",
                "CREATE SEQUENCE ops.seq START WITH 10",
                "COMMENT ON TABLE t IS 'x'");
        assertThat(op.connection()).isEmpty();
    }
}
