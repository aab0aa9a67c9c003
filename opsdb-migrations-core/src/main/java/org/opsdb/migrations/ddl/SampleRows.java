package org.opsdb.migrations.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * The statement that tops a table up with generated rows, for the lock tracer ({@code org.opsdb.migrations.locktrace}),
 * which needs "some rows" in every table a revision touches so that a scan or a rewrite shows: one
 * {@code INSERT … SELECT … FROM generate_series(1, n)}, a value for each column from its type, and each foreign key's
 * columns from the rows of the table it references.
 */
public final class SampleRows {

    private SampleRows() {
    }

    /**
     * A column to fill.
     *
     * @param name     its name
     * @param type     its type as {@code format_type} writes it ({@code character varying(10)}, a domain's name)
     * @param category the {@code pg_type.typcategory} of the type, or of a domain's base type
     * @param baseType the type, or a domain's base type, as {@code format_type} writes it without a modifier
     * @param isEnum   whether {@code baseType} is an enum
     */
    public record Column(String name, String type, String category, String baseType, boolean isEnum) {
    }

    /**
     * A foreign key whose columns take the values of existing rows of the table it references.
     *
     * @param columns    the referencing columns
     * @param referenced the referenced table
     * @param keys       the referenced columns, in the order of {@code columns}
     */
    public record ForeignKey(List<String> columns, QualifiedName referenced, List<String> keys) {
    }

    /**
     * A value for {@code column} in row {@code g} (1, 2, …) of table {@code table}, distinct from row to row and from
     * the values already there where the type allows it (numbers count on from the column's maximum, strings and
     * UUIDs are random); empty when the type has no generated value here.
     */
    public static Optional<String> value(QualifiedName table, Column column) {
        String cast = "::" + column.type();
        String base = column.baseType().toLowerCase(Locale.ROOT);
        String expression = switch (column.category()) {
            case "N" -> "((SELECT coalesce(max(" + Sql.name(column.name()) + ")::numeric, 0) FROM "
                    + Sql.name(table) + ") + g)" + cast;
            case "S" -> "md5(g::text || random()::text)" + cast;
            case "B" -> "(g % 2 = 0)" + cast;
            case "D" -> "(now() - g * interval '1 minute')" + cast;
            case "T" -> "(g * interval '1 minute')" + cast;
            case "I" -> "('10.0.0.0'::inet + g)" + cast;
            case "A" -> "'{}'" + cast;
            case "E" -> "enum_first(NULL::" + column.baseType() + ")" + cast;
            case "U" -> switch (base) {
                case "uuid" -> "md5(g::text || random()::text)::uuid" + cast;
                case "json", "jsonb" -> "'{}'" + cast;
                case "bytea" -> "decode(md5(g::text), 'hex')" + cast;
                case "xml" -> "'<row/>'" + cast;
                default -> null;
            };
            default -> column.isEnum() ? "enum_first(NULL::" + column.baseType() + ")" + cast : null;
        };
        return Optional.ofNullable(expression);
    }

    /**
     * {@code INSERT INTO table (columns) SELECT values FROM generate_series(1, rows) AS s(g) JOIN …}: {@code values}
     * are expressions of {@code g} (see {@link #value}), in the order of {@code columns}, followed by the columns of
     * {@code keys}, which take the {@code n}-th row of their referenced table in turn ({@code n = g % its count}).
     */
    public static String insert(QualifiedName table, List<String> columns, List<String> values, List<ForeignKey> keys,
                                int rows) {
        List<String> names = new ArrayList<>(columns);
        List<String> selected = new ArrayList<>(values);
        StringBuilder joins = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            ForeignKey key = keys.get(k);
            String alias = "fk" + k;
            List<String> picked = new ArrayList<>();
            for (int c = 0; c < key.columns().size(); c++) {
                names.add(key.columns().get(c));
                picked.add(Sql.name(key.keys().get(c)) + " AS k" + c);
                selected.add(alias + ".k" + c);
            }
            joins.append(" JOIN (SELECT ").append(String.join(", ", picked))
                    .append(", row_number() OVER () - 1 AS n FROM ").append(Sql.name(key.referenced())).append(") AS ")
                    .append(alias).append(" ON ").append(alias).append(".n = g % (SELECT count(*) FROM ")
                    .append(Sql.name(key.referenced())).append(")");
        }
        String into = names.isEmpty() ? "" : " (" + String.join(", ", names.stream().map(Sql::name).toList()) + ")";
        return "INSERT INTO " + Sql.name(table) + into + " SELECT " + String.join(", ", selected)
                + " FROM generate_series(1, " + rows + ") AS s(g)" + joins;
    }
}
