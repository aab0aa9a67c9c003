package org.opsdb.migrations.ddl;

import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.operations.IndexElement;
import org.opsdb.migrations.operations.QualifiedName;

/**
 * The queries a warning offers to find the rows a new constraint would reject, one line each, so a reviewer can
 * run them before the upgrade: the rows that break a CHECK, the keys two rows share under a new UNIQUE.
 */
public final class RowQueries {

    private RowQueries() {
    }

    /** {@code SELECT * FROM t WHERE NOT (expression);}: the rows a {@code CHECK (expression)} rejects. */
    public static String breakingCheck(QualifiedName table, String expression) {
        return "SELECT * FROM " + Sql.name(table) + " WHERE NOT (" + expression + ");";
    }

    /**
     * {@code SELECT k, count(*) FROM t WHERE k IS NOT NULL GROUP BY k HAVING count(*) > 1;}: the keys more than one
     * row holds (a key with a NULL never conflicts), within the partial index's {@code where} when there is one.
     */
    public static String duplicateKeys(QualifiedName table, List<IndexElement> keys, String where) {
        List<String> terms = keys.stream()
                .map(k -> k.expression() ? "(" + k.text() + ")" : Sql.name(k.text())).toList();
        String list = String.join(", ", terms);
        String filter = terms.stream().map(t -> t + " IS NOT NULL").collect(Collectors.joining(" AND "))
                + (where == null ? "" : " AND (" + where + ")");
        return "SELECT " + list + ", count(*) FROM " + Sql.name(table) + " WHERE " + filter + " GROUP BY " + list
                + " HAVING count(*) > 1;";
    }
}
