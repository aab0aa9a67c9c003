package org.opsdb.migrations.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdb.migrations.operations.ReferentialAction.CASCADE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;

/** PostgreSQL rendering: Indexes. */
class PostgresDdlIndexTest {


    private static List<String> render(MigrationOperation op) {
        return new PostgresDdl().render(op);
    }

    @Test
    void plainIndex() {
        assertThat(render(CreateIndex.of("ix_obs_status", "ops.observation", "status", "Created")))
                .containsExactly("CREATE INDEX ix_obs_status ON ops.observation (status, \"Created\")");
    }

    @Test
    void uniquePartialExpressionIndexWithMethodConcurrentlyIfNotExists() {
        CreateIndex op = CreateIndex.of("ix_user_email", "user", "lower(email)").unique().using("btree")
                .where("deleted_at IS NULL").concurrently().withIfNotExists();
        assertThat(render(op)).containsExactly(
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_user_email ON \"user\" USING btree "
                        + "((lower(email))) WHERE deleted_at IS NULL");
    }

    @Test
    void ginAndBrinIndexesAndExplicitElements() {
        assertThat(render(CreateIndex.of("ix_tags", "t", "tags").using("gin")))
                .containsExactly("CREATE INDEX ix_tags ON t USING gin (tags)");
        CreateIndex brin = new CreateIndex("ix_time", QualifiedName.of("t"),
                List.of(IndexElement.column("time"), IndexElement.expression("date_trunc('day', at)")),
                false, "brin", null, false, false);
        assertThat(render(brin)).containsExactly(
                "CREATE INDEX ix_time ON t USING brin (\"time\", (date_trunc('day', at)))");
    }

    @Test
    void dropIndexVariants() {
        assertThat(render(DropIndex.of("ops.ix_obs"))).containsExactly("DROP INDEX ops.ix_obs");
        assertThat(render(DropIndex.of("Ix").concurrently().withIfExists()))
                .containsExactly("DROP INDEX CONCURRENTLY IF EXISTS \"Ix\"");
        assertThat(render(DropIndex.of("ix").withCascade())).containsExactly("DROP INDEX ix CASCADE");
    }

    @Test
    void sortOrderAndIncludeColumns() {
        CreateIndex op = new CreateIndex("ix_obs", QualifiedName.of("obs"),
                List.of(IndexElement.column("at").ordered("DESC NULLS LAST"), IndexElement.expression("lower(name)")),
                false, null, null, false, false).include("status", "Kind");
        assertThat(render(op)).containsExactly(
                "CREATE INDEX ix_obs ON obs (at DESC NULLS LAST, (lower(name))) INCLUDE (status, \"Kind\")");
    }
}
