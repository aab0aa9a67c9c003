package org.opsdb.migrations.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which statements build an index concurrently, and the name they give it, as PostgreSQL folds it. */
class ConcurrentIndexBuildTest {

    @Test
    void recognisesConcurrentBuildsOnly() {
        assertThat(ConcurrentIndexBuild.is("CREATE INDEX CONCURRENTLY ix ON t (a)")).isTrue();
        assertThat(ConcurrentIndexBuild.is("create unique index concurrently if not exists ix on t (a)")).isTrue();
        assertThat(ConcurrentIndexBuild.is("CREATE INDEX ix ON t (a)")).isFalse();
        assertThat(ConcurrentIndexBuild.is("DROP INDEX CONCURRENTLY ix")).isFalse();
        assertThat(ConcurrentIndexBuild.is("REINDEX INDEX CONCURRENTLY ix")).isFalse();
    }

    @Test
    void namesTheIndexAsPostgresqlFoldsIt() {
        assertThat(ConcurrentIndexBuild.indexName("CREATE INDEX CONCURRENTLY Obs_Site ON obs (site_id)"))
                .contains("obs_site");
        assertThat(ConcurrentIndexBuild.indexName("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS obs_code_key"
                + " ON obs (code)")).contains("obs_code_key");
        assertThat(ConcurrentIndexBuild.indexName("CREATE INDEX CONCURRENTLY \"Odd \"\"Name\"\"\" ON t (a)"))
                .contains("Odd \"Name\"");
        assertThat(ConcurrentIndexBuild.indexName("CREATE INDEX CONCURRENTLY ON t (a)")).isEqualTo(Optional.empty());
        assertThat(ConcurrentIndexBuild.indexName("CREATE INDEX ix ON t (a)")).isEqualTo(Optional.empty());
    }
}
