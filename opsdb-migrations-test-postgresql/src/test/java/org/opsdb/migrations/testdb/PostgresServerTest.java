package org.opsdb.migrations.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void uniqueNamesAreLowerCaseSafeAndShort() {
        String name = PostgresServer.uniqueName("My Very-Long.Test$Class" + "X".repeat(100));
        assertThat(name).matches("[a-z][a-z0-9_]*").hasSizeLessThanOrEqualTo(63);
        assertThat(PostgresServer.uniqueName("9lives")).startsWith("t_9lives_");
        assertThat(PostgresServer.uniqueName("")).startsWith("test_");
        assertThat(PostgresServer.uniqueName("Same")).isNotEqualTo(PostgresServer.uniqueName("Same"));
    }

    @Test
    void prefixIsTheClassNameInSnakeCase() {
        assertThat(FreshDatabaseExtension.prefixFor(PostgresServerTest.class)).isEqualTo("postgres_server_test");
        assertThat(FreshDatabaseExtension.prefixFor(JDBCUrlTest.class)).isEqualTo("jdbc_url_test");
    }

    @Test
    void parsesASuperuserUrl() {
        PostgresServer server = PostgresServer.fromJdbcUrl(
                "jdbc:postgresql://127.0.0.1:6543/admin?user=su&password=secret&sslmode=disable");
        assertThat(server.kind()).isEqualTo("env");
        assertThat(server.host()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isEqualTo(6543);
        assertThat(server.username()).isEqualTo("su");
        assertThat(server.password()).isEqualTo("secret");
        assertThat(server.adminJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:6543/admin?sslmode=disable");
        PostgresServer defaults = PostgresServer.fromJdbcUrl("jdbc:postgresql://db.example/?user=postgres");
        assertThat(defaults.port()).isEqualTo(5432);
        assertThat(defaults.password()).isNull();
        assertThat(defaults.adminJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/postgres");
    }

    @Test
    void createsAnEmptyDatabaseAndDropsItOnClose() throws Exception {
        PostgresServer server = PostgresServer.shared();
        assertThat(server.kind()).isIn("env", "testcontainers", "embedded");
        if (System.getenv(PostgresServer.JDBC_URL_ENV) != null) {
            assertThat(server.kind()).isEqualTo("env");
        }
        TestDatabase db = server.createDatabase("PostgresServerTest");
        try {
            assertThat(db.name()).startsWith("postgresservertest_").hasSizeLessThanOrEqualTo(63);
            assertThat(db.jdbcUrl()).contains("/" + db.name());
            assertThat(Databases.exists(db.name())).isTrue();
            assertThat(Databases.userRelations(db)).isZero();
            assertThat(Databases.currentDatabase(db)).isEqualTo(db.name());
            try (Connection c = db.openConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int primary key)");
                try (ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
                // An open connection does not stop the drop.
                db.close();
            }
            assertThat(Databases.exists(db.name())).isFalse();
            assertThat(db.isClosed()).isTrue();
            db.close();
        }
        finally {
            db.close();
        }
    }

    static class JDBCUrlTest {
    }
}
