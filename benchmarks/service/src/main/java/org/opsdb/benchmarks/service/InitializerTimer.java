package org.opsdb.benchmarks.service;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Prints {@code INIT <bean> <ms>}: how long the migration tool's initializer bean took to initialise (its
 * {@code afterPropertiesSet}, where each tool migrates or checks). A less noisy view of the tool's own work than
 * the difference of two boot times; class loading and auto-configuration are not in it.
 */
@Component
public class InitializerTimer implements BeanPostProcessor {

    /** The initializer beans of our starter, Spring Boot's Flyway and Liquibase auto-configurations. */
    private static final Set<String> INITIALIZERS = Set.of("migrationRunner", "flywayInitializer", "liquibase");

    private final Map<String, Long> started = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (INITIALIZERS.contains(beanName)) {
            started.put(beanName, System.nanoTime());
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Long start = started.remove(beanName);
        if (start != null) {
            System.out.println("INIT " + beanName + " " + (System.nanoTime() - start) / 1_000_000);
        }
        return bean;
    }
}
