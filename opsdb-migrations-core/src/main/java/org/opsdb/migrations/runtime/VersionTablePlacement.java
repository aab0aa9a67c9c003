package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opsdb.migrations.operations.Identifiers;

/**
 * Checks, made when the version table does not exist yet, that keep a configuration from starting a second version
 * table beside the database's real one (and applying every revision again): a schema the configuration names must
 * exist (it is never created), and no table of the same name may exist in another schema of the search path, nor
 * one literally named {@code schema.name} (which earlier releases made from {@code version-table=schema.name}).
 * Also, before a run creates the tables, whether the user may create them at all, so that a read-only user is told
 * so, instead of seeing the first revision fail.
 */
final class VersionTablePlacement {

    /** Whether the configured schema exists, and the tables named like the version table elsewhere: one row each. */
    private static final String ELSEWHERE = "SELECT s.present, e.nspname, e.relname"
            + " FROM (SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?) AS present) s"
            + " LEFT JOIN (SELECT n.nspname, c.relname, array_position(current_schemas(false), n.nspname) AS position"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p', 'v', 'f')"
            + " AND (c.relname = ? AND n.nspname <> ? AND n.nspname = ANY (current_schemas(false))"
            + " OR c.relname = ? AND (n.nspname = ANY (current_schemas(false)) OR n.nspname = ?))) e ON true"
            + " ORDER BY e.position, e.relname";

    private VersionTablePlacement() {
    }

    /**
     * For a version table that does not exist as configured: throws when its configured schema does not exist,
     * or when the database's version table is elsewhere. An unqualified name needs no check: the search path was
     * searched for it, and it will be created where {@code CREATE TABLE} puts it.
     */
    static void requireNoneElsewhere(Connection connection, VersionTable versionTable) throws SQLException {
        TableName table = versionTable.name();
        if (!table.qualified()) {
            return;
        }
        String legacy = table.schema() + "." + table.name();
        boolean schemaExists = false;
        List<TableName> found = new ArrayList<>();
        List<TableName> legacyFound = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(ELSEWHERE)) {
            ps.setString(1, table.schema());
            ps.setString(2, table.name());
            ps.setString(3, table.schema());
            ps.setString(4, legacy);
            ps.setString(5, table.schema());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schemaExists = rs.getBoolean(1);
                    if (rs.getString(2) != null) {
                        TableName other = new TableName(rs.getString(2), rs.getString(3));
                        (other.name().equals(legacy) ? legacyFound : found).add(other);
                    }
                }
            }
        }
        String setting = " (" + versionTable.setting() + ")";
        if (!legacyFound.isEmpty()) {
            TableName old = legacyFound.get(0);
            String fix = old.schema().equals(table.schema())
                    ? "rename it: ALTER TABLE " + old.sql() + " RENAME TO " + Identifiers.quote(table.name())
                    : "move it to schema " + Identifiers.quote(table.schema()) + " and rename it to "
                            + Identifiers.quote(table.name());
            throw new MigrationException("Version table " + table + " does not exist" + setting + ", but " + old
                    + " does: an earlier release took the whole setting for the table's name; " + fix);
        }
        if (!schemaExists) {
            throw new MigrationException("Schema " + Identifiers.quote(table.schema()) + " does not exist" + setting
                    + (found.isEmpty() ? "; correct the setting, or create the schema first: CREATE SCHEMA "
                            + Identifiers.quote(table.schema())
                            : "; the database's version table is " + names(found) + ", on the search path"));
        }
        if (!found.isEmpty()) {
            throw new MigrationException("Version table " + table + " does not exist" + setting + ", but "
                    + names(found) + (found.size() == 1 ? " does" : " do") + ", on the search path; correct the"
                    + " setting, or move that table to schema " + Identifiers.quote(table.schema()));
        }
    }

    /**
     * Before a run creates the version and history tables: creates them in a savepoint and undoes that, so that the
     * tables are still created inside the first revision's transaction. Throws one line naming the table, the user
     * and the database's reason (e.g. {@code permission denied for schema public}) when the user cannot create
     * them.
     *
     * @param resolved the own tables as {@link OwnTables#resolve} resolves them on this connection, for the message
     */
    static void requireCreatable(Connection connection, RuntimeSettings settings, OwnTables.Resolved resolved)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        String what = "version table " + resolved.versionTable();
        try (Statement st = connection.createStatement()) {
            for (String sql : settings.versionTable().createIfMissing()) {
                st.execute(sql);
            }
            what = "history table " + resolved.historyTable();
            st.execute(settings.historyTable().createIfMissing());
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (ConnectionErrors.isConnectionLost(e)) {
                throw e;
            }
            String reason = ConnectionErrors.reason(e).replaceFirst("^ERROR: ", "");
            throw new MigrationException("Cannot create the " + what + " as user " + currentUser(connection) + ": "
                    + reason, e);
        }
        connection.rollback(savepoint);
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String names(List<TableName> tables) {
        return String.join(", ", tables.stream().map(TableName::toString).toList());
    }
}
