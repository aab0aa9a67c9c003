package org.opsdb.migrations.autoconfigure.jpaother;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A second JPA application, with other entities than {@code jpaapp}'s, for the one-JVM two-contexts test. */
@SpringBootApplication
public class StarApplication {
}
