package org.opsdb.consoleapp.v4;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service of {@code db/consoleapp} after a table rename: {@code telescope} is now {@code scope}. */
@SpringBootApplication
public class ConsoleAppV4 {
}
