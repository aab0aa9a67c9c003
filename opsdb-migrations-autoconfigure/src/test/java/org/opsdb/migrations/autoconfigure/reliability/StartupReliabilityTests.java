package org.opsdb.migrations.autoconfigure.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdb.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsEndpoint;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsEndpointAutoConfiguration;
import org.opsdb.migrations.autoconfigure.actuate.MigrationsHealthContributorAutoConfiguration;
import org.opsdb.migrations.autoconfigure.init.DatabaseInitService;
import org.opsdb.migrations.testdb.FreshDatabase;
import org.opsdb.migrations.testdb.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The starter under bad configuration and with secrets: a property value that does not convert fails the start with
 * the property named and the database untouched; {@code init --drop} under a production profile is refused; the
 * password of the migrations connection appears neither in the logs of a start, nor in the actuator endpoint, nor
 * in the error of a refused login.
 */
@FreshDatabase
@ExtendWith(OutputCaptureExtension.class)
class StartupReliabilityTests {

    static final String ROLE = "opsdb_password_check";
    static final String SECRET = "S3cr3t-pw!";

    private final TestDatabase db;
    private final ApplicationContextRunner runner;

    StartupReliabilityTests(TestDatabase db) {
        this.db = db;
        this.runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
                        MigrationsEndpointAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations");
    }

    @BeforeEach
    void emptyDatabase() {
        execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"lock-timeout, abc, java.time.Duration",
            "transaction-mode, sometimes, org.opsdb.migrations.runtime.TransactionMode",
            "on-boot, maybe, org.opsdb.migrations.autoconfigure.runner.OnBoot",
            "validate-checksums, perhaps, boolean"})
    void aBadPropertyValueFailsTheStartNamingTheProperty(String property, String value, String type) {
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("opsdb.migrations." + property + "=" + value).run(context -> {
                    assertThat(context).hasFailed();
                    Throwable bind = context.getStartupFailure();
                    while (!(bind instanceof BindException) && bind.getCause() != null) {
                        bind = bind.getCause();
                    }
                    assertThat(bind).isInstanceOf(BindException.class).hasMessage("Failed to bind properties under"
                            + " 'opsdb.migrations." + property + "' to " + type);
                });
        assertThat(tables()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"lock-timeout, -5s", "statement-lock-timeout, -1s", "statement-lock-retries, -1",
            "statement-lock-retry-backoff, -1ms"})
    void aNegativeLockSettingFailsTheStartNamingThePropertyAndTheValue(String property, String value) {
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("opsdb.migrations." + property + "=" + value).run(context -> {
                    assertThat(context).hasFailed();
                    Throwable bind = context.getStartupFailure();
                    while (!(bind instanceof BindException) && bind.getCause() != null) {
                        bind = bind.getCause();
                    }
                    // what Spring Boot's failure analysis prints as "Property:", "Value:" and "Reason:"
                    BindException error = (BindException) bind;
                    assertThat(error.getProperty().getName()).hasToString("opsdb.migrations." + property);
                    assertThat(error.getProperty().getValue()).isEqualTo(value);
                    Throwable reason = error;
                    while (reason.getCause() != null) {
                        reason = reason.getCause();
                    }
                    assertThat(reason).isInstanceOf(IllegalArgumentException.class)
                            .hasMessage("must be zero or positive");
                });
        assertThat(tables()).isEmpty();
    }

    @Test
    void initDropUnderAProductionProfileIsRefusedAndChangesNothing() {
        execute("CREATE TABLE keep_me (id int)");
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("opsdb.migrations.on-boot=none", "spring.profiles.active=production-eu")
                .run(context -> assertThatThrownBy(() -> context.getBean(DatabaseInitService.class).init(true))
                        .hasMessage("Refusing to run 'init --drop': active profile 'production-eu' matches"
                                + " opsdb.migrations.guarded-profiles (prod, prod-*, *-prod, *production*); add --allow-destructive to run it anyway"));
        assertThat(tables()).containsExactly("keep_me");
    }

    @Test
    void thePasswordIsNotInTheLogsOrTheEndpoint(CapturedOutput output) {
        execute("DROP ROLE IF EXISTS " + ROLE + "_ok; CREATE ROLE " + ROLE + "_ok LOGIN SUPERUSER PASSWORD '"
                + SECRET + "'");
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("opsdb.migrations.user=" + ROLE + "_ok", "opsdb.migrations.password=" + SECRET,
                        "logging.level.org.opsdb=debug")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    String endpoint = context.getBean(MigrationsEndpoint.class).migrations().toString();
                    assertThat(endpoint).contains("a1a1a1a1a1a1").doesNotContain(SECRET);
                });
        assertThat(tables()).contains("alembic_version");
        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void aRefusedLoginFailsTheStartWithoutThePassword(CapturedOutput output) {
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE
                + "') THEN CREATE ROLE " + ROLE + " LOGIN PASSWORD 'the-right-one'; END IF; END $$");
        Assumptions.assumeTrue(checksPasswords(), "the test server accepts any password for " + ROLE);
        runner.withBean(DataSource.class, db::dataSource)
                .withPropertyValues("opsdb.migrations.user=" + ROLE, "opsdb.migrations.password=" + SECRET)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(migrationException(context.getStartupFailure()))
                            .hasMessage("Database refused the login: FATAL: password authentication failed"
                            + " for user \"" + ROLE + "\"");
                    assertThat(context.getStartupFailure().toString()).doesNotContain(SECRET);
                });
        assertThat(output.getAll()).doesNotContain(SECRET);
        assertThat(tables()).isEmpty();
    }

    @Test
    void aLoginAsTheOsUserWithoutARoleSaysHowToGiveAUser() {
        String osUser = System.getProperty("user.name");
        String url = db.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1").replaceAll("[?&]$", "");
        Assumptions.assumeFalse(roleExists(osUser), "the server has a role for the OS user");
        ApplicationContextRunner runner = this.runner.withConfiguration(AutoConfigurations.of(
                org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class));
        runner.withPropertyValues("spring.datasource.url=" + url).run(context -> {
            assertThat(context).hasFailed();
            assertThat(migrationException(context.getStartupFailure())).hasMessage("Database refused the login: FATAL:"
                    + " role \"" + osUser + "\" does not exist (no user was given; set spring.datasource.username)");
        });
        runner.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=" + osUser)
                .run(context -> assertThat(migrationException(context.getStartupFailure()))
                        .hasMessage("Database refused the login: FATAL: role \"" + osUser + "\" does not exist"));
        assertThat(tables()).isEmpty();
    }

    /** The engine's one-line error among the causes of a failed start. */
    private static Throwable migrationException(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof org.opsdb.migrations.runtime.MigrationException)) {
            root = root.getCause();
        }
        return root;
    }

    private boolean roleExists(String role) {
        try (Connection c = db.openConnection();
                java.sql.PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            s.setString(1, role);
            try (java.sql.ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean checksPasswords() {
        Properties properties = new Properties();
        properties.setProperty("user", ROLE);
        properties.setProperty("password", "certainly-not-" + SECRET);
        String url = db.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            return false;
        } catch (SQLException e) {
            return "28P01".equals(e.getSQLState());
        }
    }

    private List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.openConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    private void execute(String sql) {
        try (Connection c = db.openConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
