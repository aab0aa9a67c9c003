package org.opsdb.benchmarks.service;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Opens the connection pool as soon as the DataSource exists, in every build of the service alike. Otherwise the
 * first bean to ask for a connection pays for starting the pool (the migration tool when there is one, Hibernate
 * when there is none), and that cost would be counted as the tool's own.
 */
@Component
public class ConnectionPoolWarmer implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                connection.isValid(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open the connection pool: " + e.getMessage(), e);
            }
        }
        return bean;
    }
}
