package org.opsdb.migrations.lint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.opsdb.migrations.runtime.MigrationException;

/**
 * What the database says about the schema before the linted revisions: a column's type, a valid
 * {@code CHECK (c IS NOT NULL)}, an index's table. Offline it knows nothing (and the rules assume the worst).
 */
interface LintCatalog {

    /** The catalog of no database. */
    LintCatalog OFFLINE = new LintCatalog() {
    };

    /** The type of {@code table.column}, when known. */
    default Optional<ColumnType> columnType(RelationName table, String column) {
        return Optional.empty();
    }

    /** Whether {@code table} has a validated {@code CHECK (column IS NOT NULL)}. */
    default boolean hasValidNotNullCheck(RelationName table, String column) {
        return false;
    }

    /** The table of an index, when known. */
    default Optional<RelationName> indexTable(RelationName index) {
        return Optional.empty();
    }

    /** Whether the session time zone is UTC (which makes timestamp to timestamptz free on PostgreSQL 12+). */
    default boolean utcSession() {
        return false;
    }

    /** The catalog of the database behind {@code connection}. */
    static LintCatalog of(Connection connection) {
        return new LintCatalog() {
            @Override
            public Optional<ColumnType> columnType(RelationName table, String column) {
                return Optional.ofNullable(string("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped", table.sql(), column))
                        .map(type -> ColumnType.parse(SqlTokenizer.tokens(type)));
            }

            @Override
            public boolean hasValidNotNullCheck(RelationName table, String column) {
                return string("SELECT conname FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype = 'c'"
                        + " AND convalidated AND pg_get_constraintdef(oid) = ?", table.sql(),
                        "CHECK ((" + RelationName.quote(column) + " IS NOT NULL))") != null;
            }

            @Override
            public Optional<RelationName> indexTable(RelationName index) {
                String table = string("SELECT indrelid::regclass::text FROM pg_index WHERE indexrelid ="
                        + " to_regclass(?)", index.sql());
                return Optional.ofNullable(table).map(name -> StatementRecognizer.name(name));
            }

            @Override
            public boolean utcSession() {
                String zone = string("SELECT current_setting('TimeZone')");
                return zone != null && (zone.equals("UTC") || zone.equals("Etc/UTC") || zone.equals("GMT"));
            }

            private String string(String query, String... parameters) {
                try (PreparedStatement statement = connection.prepareStatement(query)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setString(i + 1, parameters[i]);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? rows.getString(1) : null;
                    }
                } catch (SQLException e) {
                    throw new MigrationException("Can't read the catalog for lint: " + e.getMessage(), e);
                }
            }
        };
    }
}
