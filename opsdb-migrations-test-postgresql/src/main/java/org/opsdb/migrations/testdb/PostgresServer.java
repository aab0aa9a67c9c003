package org.opsdb.migrations.testdb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that tests in this JVM share; each test class makes its own database on it with
 * {@link #createDatabase(String)}.
 *
 * <p>{@link #shared()} finds the server once per JVM, in this order:
 * <ol>
 * <li>{@code env}: the superuser JDBC URL in the environment variable {@code OPSDB_TEST_JDBC_URL} or the system
 * property {@code opsdb.test.jdbc-url} (credentials may be given as {@code user}/{@code password} query
 * parameters);</li>
 * <li>{@code testcontainers}: a {@code postgres:16} container, when a Docker engine answers (skip the probe with
 * {@code OPSDB_TEST_DOCKER=false} or {@code -Dopsdb.test.docker=false});</li>
 * <li>{@code embedded}: PostgreSQL from zonky's binaries on Maven Central, started in a temporary directory. As
 * root, where {@code initdb} refuses to run, the server processes run as the unprivileged user {@code nobody}
 * (property {@code opsdb.embedded.user}; the older {@code opsdb.test.embedded.user} still works), through
 * module {@code opsdb-migrations-embedded}.</li>
 * </ol>
 * A server this class started is stopped by a JVM shutdown hook, which also drops the databases that tests
 * left behind on a server named by URL.
 *
 * <p>URLs returned here carry no credentials; use {@link #username()} and {@link #password()}.
 */
public final class PostgresServer {

    /** Environment variable naming a superuser JDBC URL to create test databases on. */
    public static final String JDBC_URL_ENV = "OPSDB_TEST_JDBC_URL";

    /** System property naming a superuser JDBC URL to create test databases on. */
    public static final String JDBC_URL_PROPERTY = "opsdb.test.jdbc-url";

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private static final int MAX_IDENTIFIER_LENGTH = 63;

    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static final int SUFFIX_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Object LOCK = new Object();

    private static PostgresServer shared;

    private static RuntimeException sharedFailure;

    private final String kind;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String adminDatabase;
    private final String urlParameters;
    private final AutoCloseable stopper;
    private final Set<String> liveDatabases = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean stopped = new AtomicBoolean();

    PostgresServer(String kind, String host, int port, String username, String password, String adminDatabase,
            Map<String, String> urlParameters, AutoCloseable stopper) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = (password == null || password.isEmpty()) ? null : password;
        this.adminDatabase = adminDatabase;
        this.urlParameters = encode(urlParameters);
        this.stopper = stopper;
    }

    /**
     * The server shared by every test in this JVM, found (and, where needed, started) on first use.
     *
     * @throws IllegalStateException when no server can be found or started; later calls fail the same way
     */
    public static PostgresServer shared() {
        synchronized (LOCK) {
            if (shared != null) {
                return shared;
            }
            if (sharedFailure != null) {
                throw new IllegalStateException("No PostgreSQL for tests (failed earlier): " + sharedFailure.getMessage(),
                        sharedFailure);
            }
            try {
                PostgresServer server = locate();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "opsdb-test-postgres-shutdown"));
                log.info("PostgreSQL for tests: {} at {}:{}", server.kind, server.host, server.port);
                shared = server;
                return server;
            }
            catch (RuntimeException ex) {
                sharedFailure = ex;
                throw ex;
            }
        }
    }

    private static PostgresServer locate() {
        String url = System.getProperty(JDBC_URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(JDBC_URL_ENV);
        }
        if (url != null && !url.isBlank()) {
            return fromJdbcUrl(url.trim());
        }
        if (DockerProbe.dockerAvailable()) {
            return ContainerPostgres.start();
        }
        return EmbeddedPostgresLauncher.start();
    }

    /** A server named by a superuser JDBC URL; nothing is started or stopped. */
    static PostgresServer fromJdbcUrl(String url) {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL in " + JDBC_URL_ENV + ": " + url);
        }
        String host = firstOf(parsed.getProperty("PGHOST", "localhost"));
        int port = Integer.parseInt(firstOf(parsed.getProperty("PGPORT", "5432")));
        String database = parsed.getProperty("PGDBNAME");
        if (database == null || database.isEmpty()) {
            database = "postgres";
        }
        String user = parsed.getProperty("user");
        if (user == null || user.isEmpty()) {
            user = System.getProperty("user.name");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : parsed.stringPropertyNames()) {
            if (!Set.of("PGHOST", "PGPORT", "PGDBNAME", "user", "password").contains(key)) {
                params.put(key, parsed.getProperty(key));
            }
        }
        return new PostgresServer("env", host, port, user, parsed.getProperty("password"), database, params, null);
    }

    private static String firstOf(String commaSeparated) {
        int comma = commaSeparated.indexOf(',');
        return comma < 0 ? commaSeparated : commaSeparated.substring(0, comma);
    }

    private static String encode(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((key, value) -> sb.append(sb.length() == 0 ? '?' : '&')
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** How this server was found: {@code "env"}, {@code "testcontainers"} or {@code "embedded"}. */
    public String kind() {
        return this.kind;
    }

    /** The host name or address to connect to. */
    public String host() {
        return this.host;
    }

    /** The TCP port to connect to. */
    public int port() {
        return this.port;
    }

    /** A superuser name on this server. */
    public String username() {
        return this.username;
    }

    /** The superuser's password, or {@code null} when the server needs none. */
    public String password() {
        return this.password;
    }

    /** A JDBC URL (without credentials) for the server's maintenance database, typically {@code postgres}. */
    public String adminJdbcUrl() {
        return jdbcUrlFor(this.adminDatabase);
    }

    String jdbcUrlFor(String database) {
        String hostPart = this.host.contains(":") && !this.host.startsWith("[") ? "[" + this.host + "]" : this.host;
        return "jdbc:postgresql://" + hostPart + ":" + this.port + "/" + database + this.urlParameters;
    }

    /** Opens a connection to the maintenance database as the superuser; the caller closes it. */
    public Connection openAdminConnection() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", this.username);
        if (this.password != null) {
            props.setProperty("password", this.password);
        }
        return DriverManager.getConnection(adminJdbcUrl(), props);
    }

    /**
     * Creates an empty database named {@code <prefix>_<random>} (lower case, letters, digits and underscores
     * only, at most 63 characters) from {@code template0} with UTF8 encoding.
     *
     * @param namePrefix a readable prefix, such as the test class name; it is sanitised and shortened as needed
     * @throws IllegalStateException when the database cannot be created
     */
    public TestDatabase createDatabase(String namePrefix) {
        if (this.stopped.get()) {
            throw new IllegalStateException("The PostgreSQL server for tests has been stopped");
        }
        String name = uniqueName(namePrefix);
        String quoted = '"' + name + '"';
        try (Connection connection = openAdminConnection(); Statement statement = connection.createStatement()) {
            try {
                statement.execute("CREATE DATABASE " + quoted + " TEMPLATE template0 ENCODING 'UTF8'");
            }
            catch (SQLException ex) {
                // 22023: the cluster's locale does not fit UTF8; the C locale fits every encoding.
                if (!"22023".equals(ex.getSQLState())) {
                    throw ex;
                }
                statement.execute("CREATE DATABASE " + quoted
                        + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + this.kind + " server "
                    + this.host + ":" + this.port + ": " + ex.getMessage(), ex);
        }
        this.liveDatabases.add(name);
        return new TestDatabase(this, name);
    }

    static String uniqueName(String namePrefix) {
        String prefix = sanitize(namePrefix);
        int maxPrefix = MAX_IDENTIFIER_LENGTH - SUFFIX_LENGTH - 1;
        if (prefix.length() > maxPrefix) {
            prefix = prefix.substring(0, maxPrefix);
        }
        StringBuilder sb = new StringBuilder(prefix).append('_');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            sb.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String sanitize(String namePrefix) {
        String lower = (namePrefix == null ? "" : namePrefix).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (char c : lower.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                c = '_';
            }
            if (c == '_' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == '_')) {
                continue;
            }
            sb.append(c);
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 0) {
            return "test";
        }
        if (!Character.isLetter(sb.charAt(0))) {
            sb.insert(0, "t_");
        }
        return sb.toString();
    }

    void dropDatabase(String name) {
        this.liveDatabases.remove(name);
        if (this.stopped.get()) {
            return;
        }
        try (Connection connection = openAdminConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot drop test database " + name + ": " + ex.getMessage(), ex);
        }
    }

    /** Drops leftover databases on a server named by URL, or stops a server this class started. */
    void shutdown() {
        if ("env".equals(this.kind)) {
            for (String name : Set.copyOf(this.liveDatabases)) {
                try {
                    dropDatabase(name);
                }
                catch (RuntimeException ex) {
                    log.warn("Could not drop leftover test database {}: {}", name, ex.getMessage());
                }
            }
        }
        if (this.stopped.compareAndSet(false, true) && this.stopper != null) {
            try {
                this.stopper.close();
            }
            catch (Exception ex) {
                log.warn("Could not stop the PostgreSQL server for tests: {}", ex.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[" + this.kind + " " + this.host + ":" + this.port + "]";
    }
}
