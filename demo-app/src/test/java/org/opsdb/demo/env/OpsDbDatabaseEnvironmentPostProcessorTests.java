package org.opsdb.demo.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The ops-db connection variables become spring.datasource.* unless a URL is configured. */
class OpsDbDatabaseEnvironmentPostProcessorTests {

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", variables));
        new OpsDbDatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void hostPortDatabaseUserPasswordBecomeTheDataSource() {
        StandardEnvironment environment = environment(Map.of(
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "db.example.org",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_PORT", "5433",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_DATABASE", "ccat_ops_db",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_USER", "ops",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_PASSWORD", "s3cret"));
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example.org:5433/ccat_ops_db");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("ops");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("s3cret");
    }

    @Test
    void portDefaultsTo5432AndAMissingPasswordStaysUnset() {
        StandardEnvironment environment = environment(Map.of(
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "localhost",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_DATABASE", "ops",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_USER", "ops"));
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/ops");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("ops");
        assertThat(environment.containsProperty("spring.datasource.password")).isFalse();
    }

    @Test
    void usernameIsAcceptedAsWellAsUser() {
        StandardEnvironment environment = environment(Map.of(
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "localhost",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_USERNAME", "ops_user"));
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("ops_user");
        StandardEnvironment both = environment(Map.of(
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "localhost",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_USER", "from_user",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_USERNAME", "from_username"));
        assertThat(both.getProperty("spring.datasource.username")).isEqualTo("from_user");
    }

    @Test
    void aHostWithoutAUserIsOneLineNamingTheVariables() {
        assertThatThrownBy(() -> environment(Map.of("CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "localhost",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_DATABASE", "ccat_ops_db")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing environment variable CCAT_OPS_DB_DATABASE_POSTGRESQL_USER (or"
                        + " CCAT_OPS_DB_DATABASE_POSTGRESQL_USERNAME): the ops-db database localhost:5432/ccat_ops_db"
                        + " needs a user");
        assertThat(environment(Map.of("CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "localhost",
                "spring.datasource.username", "admin")).getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://localhost:5432/");
    }

    @Test
    void aUserWithoutAHostIsOneLineNamingTheHost() {
        assertThatThrownBy(() -> environment(Map.of("CCAT_OPS_DB_DATABASE_POSTGRESQL_USERNAME", "ops")))
                .hasMessage("Missing environment variable CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST: the other"
                        + " CCAT_OPS_DB_DATABASE_POSTGRESQL_* variables are set, but without a host (or"
                        + " spring.datasource.url) there is no database to connect to");
    }

    @Test
    void anExplicitUrlWins() {
        StandardEnvironment environment = environment(Map.of(
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "db.example.org",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_USER", "ops",
                "spring.datasource.url", "jdbc:postgresql://other/db"));
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://other/db");
        assertThat(environment.containsProperty("spring.datasource.username")).isFalse();
        assertThat(environment.getPropertySources().contains(OpsDbDatabaseEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
    }

    @Test
    void explicitCredentialsWinOverTheVariables() {
        StandardEnvironment environment = environment(Map.of(
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST", "db.example.org",
                "CCAT_OPS_DB_DATABASE_POSTGRESQL_USER", "ops",
                "spring.datasource.username", "admin"));
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("admin");
    }

    @Test
    void withoutHostNothingIsAdded() {
        StandardEnvironment environment = environment(Map.of("CCAT_OPS_DB_DATABASE_POSTGRESQL_DATABASE", "ops"));
        assertThat(environment.containsProperty("spring.datasource.url")).isFalse();
    }

    @Test
    void runsInASpringApplicationThroughSpringFactories() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("CCAT_OPS_DB_DATABASE_POSTGRESQL_HOST=db.example.org",
                        "CCAT_OPS_DB_DATABASE_POSTGRESQL_DATABASE=ccat_ops_db", "CCAT_OPS_DB_DATABASE_POSTGRESQL_USER=ops",
                        "spring.main.banner-mode=off")
                .run()) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo("jdbc:postgresql://db.example.org:5432/ccat_ops_db");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
