package org.opsdb.migrations.autoconfigure.runner;

/** What the {@link MigrationRunner} does when the application starts. */
public enum OnBoot {

    /** Apply pending revisions up to the target. */
    MIGRATE,

    /** Change nothing; fail the start when revisions are pending or applied scripts changed. */
    VALIDATE,

    /** Do nothing. */
    NONE
}
