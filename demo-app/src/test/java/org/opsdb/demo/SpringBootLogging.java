package org.opsdb.demo;

/**
 * The lock that test classes starting a Spring Boot application hold: Boot's Logback set-up is global and must not
 * be initialised by two classes running in parallel.
 */
public final class SpringBootLogging {

    /** The {@code @ResourceLock} key. */
    public static final String LOCK = "spring-boot-logging";

    private SpringBootLogging() {
    }
}
