package org.opsdb.migrations.autoconfigure.jpaapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.autoconfigure.jpaother.StarApplication;
import org.opsdb.migrations.hibernate.HibernateModelSource;
import org.opsdb.migrations.hibernate.MetadataCapture;
import org.opsdb.migrations.schema.TableModel;
import org.opsdb.migrations.testdb.PostgresServer;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two JPA applications with different entities, both running in one JVM: each application context's
 * {@link MetadataCapture} holds the entities its own EntityManagerFactory booted with (the capture used to be one
 * JVM-wide static, where the application started last overwrote the first one's model).
 */
class TwoContextsCaptureTests {

    private static ConfigurableApplicationContext start(Class<?> application, TestDatabase db) {
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                        "spring.main.banner-mode=off", "opsdb.migrations.enabled=false",
                        "spring.jpa.hibernate.ddl-auto=none")
                .run();
    }

    private static List<String> tables(ConfigurableApplicationContext context) {
        return HibernateModelSource.captured(context.getBean(MetadataCapture.class)).load().tables().stream()
                .map(TableModel::name).map(Object::toString).sorted().toList();
    }

    @Test
    void eachApplicationContextReadsOnlyItsOwnEntities() {
        try (TestDatabase db = PostgresServer.shared().createDatabase("two_contexts");
             ConfigurableApplicationContext telescopes = start(TelescopeApplication.class, db);
             ConfigurableApplicationContext stars = start(StarApplication.class, db)) {
            assertThat(tables(telescopes)).containsExactly("observation", "telescope");
            assertThat(tables(stars)).containsExactly("star");
            assertThat(telescopes.getBean(MetadataCapture.class)).isNotSameAs(stars.getBean(MetadataCapture.class));
        }
    }
}
