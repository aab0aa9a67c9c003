package org.opsdb.migrations.autoconfigure.jpaapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service with JPA and the starter's auto-configuration, for the boot tests. */
@SpringBootApplication
public class TelescopeApplication {
}
