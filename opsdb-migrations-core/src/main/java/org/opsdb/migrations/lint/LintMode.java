package org.opsdb.migrations.lint;

/**
 * What an upgrade (the boot's, the console's, {@code Migrations.upgrade}) does with the lint findings of the
 * revisions it is about to apply: the {@code lint} setting.
 */
public enum LintMode {

    /** Each finding logged at WARN and returned with the result's warnings; the upgrade proceeds (the default). */
    WARN,

    /** A finding refuses the upgrade before any revision runs, naming the first finding and how many there are. */
    FAIL,

    /** No linting. */
    OFF
}
