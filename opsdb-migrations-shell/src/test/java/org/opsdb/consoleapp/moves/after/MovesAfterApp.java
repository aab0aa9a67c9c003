package org.opsdb.consoleapp.moves.after;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The service after the release: {@code ship} renamed to {@code vessel},
 * {@code data_transfer} moved to {@code archive}.
 */
@SpringBootApplication
public class MovesAfterApp {
}
