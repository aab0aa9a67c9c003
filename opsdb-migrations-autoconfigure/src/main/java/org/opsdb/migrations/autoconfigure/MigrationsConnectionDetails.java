package org.opsdb.migrations.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Where the migrations connect when they have a database of their own, as Spring Boot's
 * {@code FlywayConnectionDetails} says it for Flyway: by default the {@code opsdb.migrations.url}, {@code user} and
 * {@code password} properties ({@link PropertiesMigrationsConnectionDetails}); a bean of this type defined by the
 * application (or by Testcontainers' {@code @ServiceConnection}, Docker Compose or any other connection source)
 * replaces them. With no JDBC URL the migrations use the application's DataSource (as {@link #getUsername()} when
 * one is given).
 */
public interface MigrationsConnectionDetails extends ConnectionDetails {

    /** The JDBC URL of the database to migrate, or {@code null} for the application's DataSource. */
    String getJdbcUrl();

    /** The user to migrate as, or {@code null} for the URL's or the DataSource's own. */
    String getUsername();

    /** The password of {@link #getUsername()}, or {@code null}. */
    String getPassword();

    /** The JDBC driver class; by default the one the JDBC URL names ({@link DatabaseDriver#fromJdbcUrl}). */
    default String getDriverClassName() {
        String url = getJdbcUrl();
        return url == null ? null : DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
    }
}
