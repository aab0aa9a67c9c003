package org.opsdb.migrations.shell.console;

/**
 * Switches logging off for a one-shot console command before anything logs: Commons Logging (what Spring logs
 * through) made a no-op, and SLF4J bound to its no-op provider, so that no logging library is looked for or set up
 * (Logback would otherwise configure itself, and log at DEBUG to standard output until Spring Boot configures it).
 * A one-shot command's answer is its standard output and its failure one line on standard error; it logs nowhere,
 * the service's log files included. A value the JVM was started with is kept.
 */
public final class SilentLogging {

    /** Commons Logging's choice of factory, and of log for its own factory. */
    static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";
    static final String COMMONS_LOGGING_LOG = "org.apache.commons.logging.Log";

    /** SLF4J's choice of provider, and the level of its own messages (it notes an explicit choice at INFO). */
    static final String SLF4J_PROVIDER = "slf4j.provider";
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    private SilentLogging() {
    }

    /** Sets the system properties that switch logging off, each unless already set. */
    public static void install() {
        setIfAbsent(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
        setIfAbsent(COMMONS_LOGGING_LOG, "org.apache.commons.logging.impl.NoOpLog");
        setIfAbsent(SLF4J_PROVIDER, "org.slf4j.helpers.NOP_FallbackServiceProvider");
        setIfAbsent(SLF4J_VERBOSITY, "WARN");
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
