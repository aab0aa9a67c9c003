package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.opsdb.migrations.operations.Identifiers;

/**
 * The Alembic-compatible version table: {@code alembic_version(version_num varchar(32) primary key)}, one row
 * per applied head. Renders its statements as text so that online and offline runs share them.
 */
public final class VersionTable {

    private static final String UNDEFINED_TABLE = "42P01";
    private static final String INVALID_SCHEMA_NAME = "3F000";

    private final TableName table;
    private final String setting;

    /** A version table with the given (possibly schema-qualified) name, configured as {@code version-table=NAME}. */
    public VersionTable(TableName table) {
        this(table, "version-table=" + table);
    }

    /**
     * A version table with the given (possibly schema-qualified) name.
     *
     * @param setting the setting that placed it, as errors name it, e.g. {@code table-schema=app}
     */
    public VersionTable(TableName table, String setting) {
        this.table = table;
        this.setting = setting;
    }

    /** The table's name. */
    public TableName name() {
        return table;
    }

    /** The setting that placed the table, e.g. {@code table-schema=app} or {@code version-table=alembic_version}. */
    public String setting() {
        return setting;
    }

    /**
     * The statement that creates the table when missing; Alembic's own DDL. A schema it names must exist: it is not
     * created (a misspelt schema would otherwise be created, and every revision applied in it again).
     */
    public List<String> createIfMissing() {
        String constraint = Identifiers.quote(table.name() + "_pkc");
        return List.of("CREATE TABLE IF NOT EXISTS " + table.sql()
                + " (version_num varchar(32) NOT NULL, CONSTRAINT " + constraint + " PRIMARY KEY (version_num))");
    }

    /** Statements that move the stored heads from {@code before} to {@code after}. */
    public List<String> transition(Set<String> before, Set<String> after) {
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        if (removed.size() == 1 && added.size() == 1) {
            return List.of("UPDATE " + table.sql() + " SET version_num = " + literal(added.iterator().next())
                    + " WHERE version_num = " + literal(removed.iterator().next()));
        }
        List<String> sql = new java.util.ArrayList<>();
        if (!removed.isEmpty()) {
            sql.add("DELETE FROM " + table.sql() + " WHERE version_num IN (" + literals(removed) + ")");
        }
        for (String id : added) {
            sql.add("INSERT INTO " + table.sql() + " (version_num) VALUES (" + literal(id) + ")");
        }
        return sql;
    }

    /** Whether the table exists, as seen through the connection's search path. */
    public boolean exists(Connection connection) throws SQLException {
        return CatalogQueries.tableExists(connection, table);
    }

    /** Reads the stored heads; empty when the table does not exist. */
    public Set<String> read(Connection connection) throws SQLException {
        Set<String> heads = new LinkedHashSet<>();
        return exists(connection) ? readExisting(connection) : heads;
    }

    /**
     * Reads the stored heads in one statement, empty when the table (or its schema) does not exist; only on a
     * connection in auto-commit, where the failed statement aborts no transaction.
     */
    Optional<Set<String>> readIfExists(Connection connection) throws SQLException {
        try {
            return Optional.of(readExisting(connection));
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState()) || INVALID_SCHEMA_NAME.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Reads the stored heads of a table known to exist. */
    Set<String> readExisting(Connection connection) throws SQLException {
        Set<String> heads = new LinkedHashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version_num FROM " + table.sql() + " ORDER BY version_num")) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String literals(Collection<String> values) {
        return String.join(", ", values.stream().map(VersionTable::literal).toList());
    }
}
