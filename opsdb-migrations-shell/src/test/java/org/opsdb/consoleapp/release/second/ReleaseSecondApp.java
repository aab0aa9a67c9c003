package org.opsdb.consoleapp.release.second;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service after the release of issue 25's acceptance round trip: every change of the "Why" at once. */
@SpringBootApplication
public class ReleaseSecondApp {
}
