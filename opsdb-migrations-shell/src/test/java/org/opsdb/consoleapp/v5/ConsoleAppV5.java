package org.opsdb.consoleapp.v5;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with JPA whose telescope gains a CHECK and a UNIQUE constraint over {@code db/consoleapp}. */
@SpringBootApplication
public class ConsoleAppV5 {
}
