package org.opsdb.migrations.shell.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service that has the shell module on its classpath and no database configured (the test classpath has JPA
 * and a connection pool for {@code ConsoleInServiceTest}; without a URL the service has no data source).
 */
@SpringBootApplication(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
public class ServiceApp {
}
