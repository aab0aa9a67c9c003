package org.opsdb.migrations.lint;

/**
 * How to lint.
 *
 * @param serverVersionNum the target server's {@code server_version_num} (e.g. {@code 150004}), or 0 to read it
 *                         from the database, or, without one, to assume {@link #ASSUMED_SERVER_VERSION}
 */
public record LintOptions(int serverVersionNum) {

    /**
     * The version assumed offline when none is given: PostgreSQL 12, the newest version the rules tell apart
     * (constant defaults are free from 11, a valid CHECK spares SET NOT NULL its scan and REINDEX CONCURRENTLY
     * exists from 12), so any later server gets the same findings.
     */
    public static final int ASSUMED_SERVER_VERSION = 120000;

    /** Validates the version. */
    public LintOptions {
        if (serverVersionNum < 0 || serverVersionNum > 0 && serverVersionNum < 90000) {
            throw new IllegalArgumentException("server version " + serverVersionNum + " is not a server_version_num"
                    + " such as 150004");
        }
    }

    /** Reads the version from the database, or assumes {@link #ASSUMED_SERVER_VERSION} offline. */
    public static LintOptions defaults() {
        return new LintOptions(0);
    }

    /**
     * For the given target server version: a {@code server_version_num} ({@code 110000}, {@code 150004}) or a
     * major version ({@code 11}, {@code 15}, which {@code --pg-version} takes).
     */
    public static LintOptions forServerVersion(int version) {
        return new LintOptions(version > 0 && version < 100 ? version * 10000 : version);
    }
}
