package org.opsdb.consoleapp.v3;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service of {@code db/consoleapp} after a column rename: the telescope's {@code name} is now {@code title}. */
@SpringBootApplication
public class ConsoleAppV3 {
}
