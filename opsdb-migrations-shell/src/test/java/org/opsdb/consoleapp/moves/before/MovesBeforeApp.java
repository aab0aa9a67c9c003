package org.opsdb.consoleapp.moves.before;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service before the release of issue 25 items 3 and 4: {@code ship} referenced by {@code crew}, and
 * {@code data_transfer} in {@code public}.
 */
@SpringBootApplication
public class MovesBeforeApp {
}
