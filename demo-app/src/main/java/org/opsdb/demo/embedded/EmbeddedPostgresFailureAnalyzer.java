package org.opsdb.demo.embedded;

import org.opsdb.migrations.embedded.EmbeddedPostgresException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded database that cannot start (port taken, data directory unusable) into a short report. */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set opsdb.demo.embedded.port (0 for any free port) or opsdb.demo.embedded.data-directory, "
                        + "or use a database of your own (spring.datasource.url, or a profile: local, staging, production).",
                cause);
    }
}
