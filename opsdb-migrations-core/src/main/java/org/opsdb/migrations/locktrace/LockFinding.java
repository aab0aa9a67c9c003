package org.opsdb.migrations.locktrace;

/**
 * A finding of the lock check, in the contract's form {@code FILE:LINE: [rule-id] what, why; safe form: …}.
 *
 * @param file    the script
 * @param line    the statement's line (0 when unknown)
 * @param rule    the rule id, {@value LockCheck#RULE}
 * @param message what, why and the safe form
 */
public record LockFinding(String file, int line, String rule, String message) {

    /** The finding's one line. */
    @Override
    public String toString() {
        return file + ":" + line + ": [" + rule + "] " + message;
    }
}
