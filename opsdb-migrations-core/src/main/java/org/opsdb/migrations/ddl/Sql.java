package org.opsdb.migrations.ddl;

import java.util.List;
import java.util.stream.Collectors;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.QualifiedName;

/** Small text helpers shared by the PostgreSQL renderers. */
final class Sql {

    private Sql() {
    }

    /** {@code (a, b, "C")}. */
    static String columnList(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A quoted (possibly qualified) name. */
    static String name(QualifiedName name) {
        return Identifiers.quote(name);
    }

    /** A quoted simple name. */
    static String name(String name) {
        return Identifiers.quote(name);
    }

    /** {@code ALTER TABLE <table> } prefix. */
    static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + name(table) + " ";
    }

    /** {@code word } when {@code on}, else nothing. */
    static String flag(boolean on, String word) {
        return on ? word + " " : "";
    }

    /** {@code  word} when {@code on}, else nothing (a trailing option). */
    static String suffix(boolean on, String word) {
        return on ? " " + word : "";
    }
}
