package org.opsdb.migrations.autogenerate;

/** The form of a new revision script. */
public enum ScriptFormat {
    /** {@code <id>_<slug>.sql} in the format of docs/sql-format.md. */
    SQL,
    /** A Java {@code Migration} class {@code R<id>_<Slug>.java}. */
    JAVA
}
