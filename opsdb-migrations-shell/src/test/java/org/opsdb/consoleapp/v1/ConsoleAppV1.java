package org.opsdb.consoleapp.v1;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with JPA whose entities match the migrations in {@code db/consoleapp}. */
@SpringBootApplication
public class ConsoleAppV1 {
}
