package org.opsdb.migrations.ddl;

/**
 * CREATE/DROP DATABASE, for a scratch database a tool creates beside the one it works on (the console's
 * {@code lint --trace}); not a schema operation, so no operation object.
 */
public final class DatabaseDdl {

    /** The first server_version_num whose DROP DATABASE takes {@code WITH (FORCE)} (PostgreSQL 13). */
    private static final int FORCE_SINCE = 130000;

    private DatabaseDdl() {
    }

    /** {@code CREATE DATABASE "name"}. */
    public static String create(String database) {
        return "CREATE DATABASE " + Sql.name(database);
    }

    /**
     * {@code DROP DATABASE IF EXISTS "name"}, with {@code WITH (FORCE)} (which ends the connections still open to it)
     * on PostgreSQL 13 and later.
     */
    public static String drop(String database, int serverVersionNum) {
        return "DROP DATABASE IF EXISTS " + Sql.name(database) + (serverVersionNum >= FORCE_SINCE ? " WITH (FORCE)" : "");
    }
}
