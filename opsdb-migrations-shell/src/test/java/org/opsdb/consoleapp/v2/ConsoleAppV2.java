package org.opsdb.consoleapp.v2;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The same service one entity change later: the telescope has an aperture the migrations do not create. */
@SpringBootApplication
public class ConsoleAppV2 {
}
