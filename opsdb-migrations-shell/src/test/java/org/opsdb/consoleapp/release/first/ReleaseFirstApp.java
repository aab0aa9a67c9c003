package org.opsdb.consoleapp.release.first;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service before the release of issue 25's acceptance round trip. */
@SpringBootApplication
public class ReleaseFirstApp {
}
