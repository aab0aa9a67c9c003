package org.opsdb.migrations.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opsdb.migrations.lint.StatementForm.AddEnumValue;
import org.opsdb.migrations.lint.StatementForm.AlterTable;
import org.opsdb.migrations.lint.StatementForm.CreateIndex;
import org.opsdb.migrations.lint.StatementForm.CreateTable;
import org.opsdb.migrations.lint.StatementForm.Dml;
import org.opsdb.migrations.lint.StatementForm.DropIndex;
import org.opsdb.migrations.lint.StatementForm.DropTable;
import org.opsdb.migrations.lint.StatementForm.LockTable;
import org.opsdb.migrations.lint.StatementForm.NotAnalysed;
import org.opsdb.migrations.lint.StatementForm.Other;
import org.opsdb.migrations.lint.StatementForm.Reindex;
import org.opsdb.migrations.lint.StatementForm.Rewrite;
import org.opsdb.migrations.lint.TableAction.AddColumn;
import org.opsdb.migrations.lint.TableAction.AddConstraint;
import org.opsdb.migrations.lint.TableAction.AlterColumnType;
import org.opsdb.migrations.lint.TableAction.ConstraintKind;
import org.opsdb.migrations.lint.TableAction.DropColumn;
import org.opsdb.migrations.lint.TableAction.DropConstraint;
import org.opsdb.migrations.lint.TableAction.Instant;
import org.opsdb.migrations.lint.TableAction.RenameColumn;
import org.opsdb.migrations.lint.TableAction.RenameTable;
import org.opsdb.migrations.lint.TableAction.SetNotNull;
import org.opsdb.migrations.lint.TableAction.ValidateConstraint;

/**
 * Tells what a statement does, token by token (over {@link SqlTokenizer}, which knows quotes, dollar quotes and
 * comments): the forms of {@link StatementForm}. A statement of a kind a rule concerns whose form it cannot
 * follow is {@link NotAnalysed}; it never throws.
 */
final class StatementRecognizer {

    /** Thrown inside when a concerned statement has a form this class does not follow. */
    private static final class Unfollowed extends RuntimeException {
        Unfollowed() {
            super(null, null, false, false);
        }
    }

    /** The words that start a column constraint (and end the column's type). */
    private static final Set<String> COLUMN_CONSTRAINT = Set.of("constraint", "not", "null", "default", "primary",
            "unique", "references", "check", "generated", "collate", "deferrable", "initially");
    /** Functions whose value is the same for every row of a statement (a default of them is stored once). */
    private static final Set<String> NON_VOLATILE = Set.of("now", "current_timestamp", "current_date",
            "current_time", "localtimestamp", "localtime", "transaction_timestamp", "statement_timestamp",
            "current_user", "session_user", "current_schema", "lower", "upper", "coalesce", "to_jsonb",
            "jsonb_build_object", "json_build_object", "array", "row", "make_interval", "interval", "date_trunc");
    /** The serial pseudo-types, whose default is nextval(). */
    private static final Set<String> SERIAL = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
            "serial2");
    /** The commands that read or write rows. */
    private static final Set<String> DML = Set.of("insert", "update", "delete", "merge", "copy", "select", "with",
            "values", "table");

    private final List<SqlToken> tokens;
    private int pos;

    private StatementRecognizer(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /** What {@code sql} (one statement) does. */
    static StatementForm recognize(String sql) {
        List<SqlToken> tokens = SqlTokenizer.tokens(sql);
        if (tokens.isEmpty() || tokens.get(0).kind() != SqlToken.Kind.WORD) {
            return new Other();
        }
        StatementRecognizer recognizer = new StatementRecognizer(tokens);
        try {
            return recognizer.statement();
        } catch (Unfollowed | IndexOutOfBoundsException | NumberFormatException e) {
            return new NotAnalysed(command(tokens) + " statement");
        }
    }

    /** A possibly schema-qualified name written as SQL ({@code app."Obs"}), as the catalog prints one. */
    static RelationName name(String sql) {
        return new StatementRecognizer(SqlTokenizer.tokens(sql)).name();
    }

    /** The command of a statement, upper case, as messages name it ({@code ALTER TABLE}, {@code UPDATE}). */
    static String command(String sql) {
        List<SqlToken> tokens = SqlTokenizer.tokens(sql);
        return tokens.isEmpty() ? "" : command(tokens);
    }

    private static String command(List<SqlToken> tokens) {
        String first = tokens.get(0).text().toUpperCase();
        return tokens.size() > 1 && tokens.get(1).kind() == SqlToken.Kind.WORD
                && Set.of("alter", "create", "drop").contains(tokens.get(0).text())
                ? first + " " + tokens.get(1).text().toUpperCase() : first;
    }

    private StatementForm statement() {
        String first = next().text();
        return switch (first) {
            case "create" -> create();
            case "drop" -> drop();
            case "alter" -> alter();
            case "reindex" -> reindex();
            case "vacuum" -> vacuum();
            case "cluster" -> cluster();
            case "lock" -> lock();
            default -> DML.contains(first) ? dml(first) : new Other();
        };
    }

    private StatementForm create() {
        accept("or", "replace");
        boolean unique = accept("unique");
        if (accept("index")) {
            boolean concurrently = accept("concurrently");
            accept("if", "not", "exists");
            RelationName index = at("on") ? null : name();
            expect("on");
            accept("only");
            return new CreateIndex(name(), index, unique, concurrently);
        }
        if (unique) {
            throw new Unfollowed();
        }
        while (acceptAny("global", "local", "temp", "temporary", "unlogged")) {
            // the table's persistence does not matter here
        }
        if (!accept("table")) {
            return new Other();
        }
        accept("if", "not", "exists");
        RelationName table = name();
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        Map<String, String> checks = new LinkedHashMap<>();
        if (atSymbol("(")) {
            for (List<SqlToken> element : split(parenthesised())) {
                tableElement(element, columns, checks);
            }
        }
        return new CreateTable(table, columns, checks);
    }

    /** A column of CREATE TABLE (its type) or a table constraint (a CHECK (c IS NOT NULL) it names). */
    private static void tableElement(List<SqlToken> element, Map<String, ColumnType> columns,
                                     Map<String, String> checks) {
        if (element.isEmpty()) {
            return;
        }
        SqlToken first = element.get(0);
        if (first.kind() == SqlToken.Kind.WORD && Set.of("constraint", "check", "unique", "primary", "foreign",
                "exclude", "like").contains(first.text())) {
            String name = first.is("constraint") ? element.get(1).text() : null;
            String column = notNullCheckColumn(element);
            if (column != null && name != null) {
                checks.put(name, column);
            }
            return;
        }
        int end = 1;
        while (end < element.size() && !(element.get(end).kind() == SqlToken.Kind.WORD
                && COLUMN_CONSTRAINT.contains(element.get(end).text()))) {
            end++;
        }
        ColumnType type = ColumnType.parse(element.subList(1, end));
        if (type != null) {
            columns.put(first.text(), type);
        }
    }

    /** The column of a {@code [CONSTRAINT name] CHECK (column IS NOT NULL)}, or null. */
    private static String notNullCheckColumn(List<SqlToken> constraint) {
        int check = 0;
        while (check < constraint.size() && !constraint.get(check).is("check")) {
            check++;
        }
        List<SqlToken> rest = constraint.subList(Math.min(check + 1, constraint.size()), constraint.size());
        List<SqlToken> body = new ArrayList<>();
        for (SqlToken token : rest) {
            if (!token.isSymbol("(") && !token.isSymbol(")")) {
                body.add(token);
            }
        }
        // CHECK (c IS NOT NULL) [NOT VALID]
        if (body.size() >= 4 && body.get(0).isName() && body.get(1).is("is") && body.get(2).is("not")
                && body.get(3).is("null") && (body.size() == 4 || body.size() == 6 && body.get(4).is("not")
                && body.get(5).is("valid"))) {
            return body.get(0).text();
        }
        return null;
    }

    private StatementForm drop() {
        if (accept("index")) {
            boolean concurrently = accept("concurrently");
            accept("if", "exists");
            return new DropIndex(names(), concurrently);
        }
        if (accept("table")) {
            accept("if", "exists");
            return new DropTable(names());
        }
        return new Other();
    }

    private StatementForm alter() {
        if (accept("type")) {
            RelationName type = name();
            if (accept("add", "value")) {
                accept("if", "not", "exists");
                SqlToken value = next();
                if (value.kind() != SqlToken.Kind.STRING) {
                    throw new Unfollowed();
                }
                return new AddEnumValue(type, value.text());
            }
            return new Other();
        }
        if (!accept("table")) {
            return new Other();
        }
        accept("if", "exists");
        accept("only");
        if (at("all")) {
            throw new Unfollowed();
        }
        RelationName table = name();
        acceptSymbol("*");
        List<TableAction> actions = new ArrayList<>();
        for (List<SqlToken> action : split(tokens.subList(pos, tokens.size()))) {
            actions.add(new StatementRecognizer(action).action());
        }
        return new AlterTable(table, actions);
    }

    /** One action of ALTER TABLE, this recognizer holding just its tokens. */
    private TableAction action() {
        if (accept("add")) {
            if (at("constraint") || atAny("check", "unique", "primary", "foreign", "exclude")) {
                return addConstraint();
            }
            accept("column");
            accept("if", "not", "exists");
            return addColumn();
        }
        if (accept("drop")) {
            if (accept("constraint")) {
                accept("if", "exists");
                return new DropConstraint(identifier());
            }
            accept("column");
            accept("if", "exists");
            return new DropColumn(identifier());
        }
        if (accept("alter")) {
            accept("column");
            return alterColumn(identifier());
        }
        if (accept("validate", "constraint")) {
            return new ValidateConstraint(identifier());
        }
        if (accept("rename")) {
            if (accept("constraint")) {
                return new Instant(true);
            }
            if (accept("to")) {
                return new RenameTable(identifier());
            }
            accept("column");
            String from = identifier();
            expect("to");
            return new RenameColumn(from, identifier());
        }
        if (atAny("owner", "enable", "disable", "replica", "inherit", "no", "force", "of", "not")
                || at("set", "schema") || at("set", "without") || at("cluster", "on") || atAny("reset")
                || at("set", "(")) {
            return new Instant(true);
        }
        throw new Unfollowed();
    }

    private TableAction addConstraint() {
        String name = accept("constraint") ? identifier() : null;
        List<SqlToken> rest = tokens.subList(pos, tokens.size());
        ConstraintKind kind = switch (next().text()) {
            case "check" -> ConstraintKind.CHECK;
            case "unique" -> ConstraintKind.UNIQUE;
            case "primary" -> ConstraintKind.PRIMARY_KEY;
            case "foreign" -> ConstraintKind.FOREIGN_KEY;
            case "exclude" -> ConstraintKind.EXCLUDE;
            default -> throw new Unfollowed();
        };
        boolean usingIndex = false;
        boolean notValid = false;
        for (int i = 0; i + 1 < rest.size(); i++) {
            usingIndex |= rest.get(i).is("using") && rest.get(i + 1).is("index");
            notValid |= rest.get(i).is("not") && rest.get(i + 1).is("valid") && i + 2 == rest.size();
        }
        return new AddConstraint(name, kind, notValid, usingIndex,
                kind == ConstraintKind.CHECK ? notNullCheckColumn(rest) : null);
    }

    private TableAction addColumn() {
        String column = identifier();
        int typeStart = pos;
        while (pos < tokens.size() && !(tokens.get(pos).kind() == SqlToken.Kind.WORD
                && COLUMN_CONSTRAINT.contains(tokens.get(pos).text()))) {
            pos++;
        }
        List<SqlToken> typeTokens = tokens.subList(typeStart, pos);
        ColumnType type = ColumnType.parse(typeTokens);
        String defaultSql = null;
        String volatileDefault = type != null && SERIAL.contains(type.base()) ? type.base() + " (nextval() per row)"
                : null;
        ConstraintKind inline = null;
        while (pos < tokens.size()) {
            SqlToken token = next();
            if (token.is("default")) {
                List<SqlToken> expression = new ArrayList<>();
                while (pos < tokens.size() && !(tokens.get(pos).kind() == SqlToken.Kind.WORD
                        && COLUMN_CONSTRAINT.contains(tokens.get(pos).text()))) {
                    if (atSymbol("(")) {
                        expression.addAll(parenthesisedWithParens());
                    } else {
                        expression.add(next());
                    }
                }
                defaultSql = sql(expression);
                String function = volatileFunction(expression);
                if (function != null) {
                    volatileDefault = function;
                }
            } else if (token.is("generated")) {
                volatileDefault = at("always", "as", "(") ? "a stored generated column" : "an identity";
            } else if (token.is("unique")) {
                inline = ConstraintKind.UNIQUE;
            } else if (token.is("primary")) {
                inline = ConstraintKind.PRIMARY_KEY;
            } else if (token.is("references") && inline == null) {
                inline = ConstraintKind.FOREIGN_KEY;
            } else if (token.is("check") && inline == null) {
                inline = ConstraintKind.CHECK;
            } else if (token.isSymbol("(")) {
                pos--;
                parenthesised();
            }
        }
        return new AddColumn(column, type, defaultSql, volatileDefault, inline);
    }

    /** The first function an expression calls that is not known to give one value per statement, or null. */
    static String volatileFunction(List<SqlToken> expression) {
        for (int i = 0; i + 1 < expression.size(); i++) {
            SqlToken token = expression.get(i);
            boolean cast = i > 0 && expression.get(i - 1).isSymbol("::");
            if (token.isName() && expression.get(i + 1).isSymbol("(") && !cast
                    && !NON_VOLATILE.contains(token.text())) {
                return token.text() + "()";
            }
        }
        return null;
    }

    /**
     * Whether a USING expression is only the column itself or the column cast to the new type
     * ({@code note::text}): the conversion is then the type change's own cast, which needs no rewrite when that
     * cast is binary-coercible.
     */
    private static boolean castOfColumn(List<SqlToken> expression, String column, ColumnType type) {
        if (expression.isEmpty() || !expression.get(0).isName() || !expression.get(0).text().equals(column)) {
            return false;
        }
        if (expression.size() == 1) {
            return true;
        }
        return type != null && expression.size() > 2 && expression.get(1).isSymbol("::")
                && type.equals(ColumnType.parse(expression.subList(2, expression.size())));
    }

    private TableAction alterColumn(String column) {
        if (accept("type") || accept("set", "data", "type")) {
            int typeStart = pos;
            while (pos < tokens.size() && !atAny("using", "collate")) {
                pos++;
            }
            ColumnType type = ColumnType.parse(tokens.subList(typeStart, pos));
            if (!accept("using")) {
                return new AlterColumnType(column, type, false);
            }
            int usingStart = pos;
            while (pos < tokens.size() && !at("collate")) {
                pos++;
            }
            return new AlterColumnType(column, type, !castOfColumn(tokens.subList(usingStart, pos), column, type));
        }
        if (accept("set", "not", "null")) {
            return new SetNotNull(column);
        }
        if (at("drop", "not", "null") || at("set", "default") || at("drop", "default")
                || atAny("add", "restart", "reset") || at("set", "storage") || at("set", "compression")
                || at("drop", "identity") || at("set", "generated") || at("drop", "expression")) {
            return new Instant(true);
        }
        if (at("set", "statistics") || at("set", "(")) {
            return new Instant(false);
        }
        throw new Unfollowed();
    }

    private StatementForm reindex() {
        boolean concurrently = false;
        if (atSymbol("(")) {
            concurrently = parenthesised().stream().anyMatch(token -> token.is("concurrently"));
        }
        String scope = next().text();
        if (!Set.of("index", "table", "schema", "database", "system").contains(scope)) {
            throw new Unfollowed();
        }
        concurrently |= accept("concurrently");
        return new Reindex(scope, pos < tokens.size() ? name() : null, concurrently);
    }

    private StatementForm vacuum() {
        boolean full = false;
        if (atSymbol("(")) {
            List<SqlToken> options = parenthesised();
            for (int i = 0; i < options.size(); i++) {
                full |= options.get(i).is("full") && (i + 1 == options.size() || !options.get(i + 1).is("false")
                        && !options.get(i + 1).is("off") && !options.get(i + 1).text().equals("0"));
            }
        } else {
            full = accept("full");
            while (acceptAny("freeze", "verbose", "analyze", "analyse")) {
                // options of the old syntax
            }
        }
        if (!full) {
            return new Other();
        }
        return new Rewrite("VACUUM FULL", pos < tokens.size() ? name() : null);
    }

    private StatementForm cluster() {
        accept("verbose");
        if (atSymbol("(")) {
            parenthesised();
        }
        return new Rewrite("CLUSTER", pos < tokens.size() ? name() : null);
    }

    private StatementForm lock() {
        accept("table");
        accept("only");
        List<RelationName> tables = new ArrayList<>();
        do {
            tables.add(name());
            acceptSymbol("*");
        } while (acceptSymbol(","));
        StringBuilder mode = new StringBuilder();
        if (accept("in")) {
            while (pos < tokens.size() && !at("mode")) {
                mode.append(mode.isEmpty() ? "" : " ").append(next().text().toUpperCase());
            }
            expect("mode");
        }
        return new LockTable(tables, mode.isEmpty() ? "ACCESS EXCLUSIVE" : mode.toString());
    }

    private StatementForm dml(String command) {
        boolean valuesOnly = command.equals("insert") && tokens.stream().anyMatch(t -> t.is("values"))
                && tokens.stream().noneMatch(t -> t.is("select"));
        return new Dml(command.toUpperCase(), valuesOnly);
    }

    // ---- the cursor

    private SqlToken next() {
        if (pos >= tokens.size()) {
            throw new Unfollowed();
        }
        return tokens.get(pos++);
    }

    /** Whether the next tokens are the words (or, for {@code (}, the symbol) {@code words}. */
    private boolean at(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (pos + i >= tokens.size()) {
                return false;
            }
            SqlToken token = tokens.get(pos + i);
            if (!(token.is(words[i]) || token.isSymbol(words[i]))) {
                return false;
            }
        }
        return true;
    }

    private boolean atAny(String... words) {
        return Arrays.stream(words).anyMatch(this::at);
    }

    private boolean accept(String... words) {
        if (at(words)) {
            pos += words.length;
            return true;
        }
        return false;
    }

    private boolean acceptAny(String... words) {
        return Arrays.stream(words).anyMatch(this::accept);
    }

    private boolean atSymbol(String symbol) {
        return pos < tokens.size() && tokens.get(pos).isSymbol(symbol);
    }

    private boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String word) {
        if (!accept(word)) {
            throw new Unfollowed();
        }
    }

    private String identifier() {
        SqlToken token = next();
        if (!token.isName()) {
            throw new Unfollowed();
        }
        return token.text();
    }

    /** A possibly schema-qualified name. */
    private RelationName name() {
        String first = identifier();
        if (acceptSymbol(".")) {
            String second = identifier();
            if (acceptSymbol(".")) { // database.schema.name
                return new RelationName(second, identifier());
            }
            return new RelationName(first, second);
        }
        return new RelationName(null, first);
    }

    private List<RelationName> names() {
        List<RelationName> names = new ArrayList<>();
        do {
            names.add(name());
        } while (acceptSymbol(","));
        return names;
    }

    /** The tokens inside the parentheses at the cursor, which moves past the closing one. */
    private List<SqlToken> parenthesised() {
        List<SqlToken> inside = parenthesisedWithParens();
        return inside.subList(1, inside.size() - 1);
    }

    private List<SqlToken> parenthesisedWithParens() {
        int start = pos;
        int depth = 0;
        do {
            SqlToken token = next();
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            }
        } while (depth > 0);
        return tokens.subList(start, pos);
    }

    /** {@code list} cut at its top-level commas. */
    private static List<List<SqlToken>> split(List<SqlToken> list) {
        List<List<SqlToken>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.size(); i++) {
            SqlToken token = list.get(i);
            if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth--;
            } else if (token.isSymbol(",") && depth == 0) {
                parts.add(list.subList(start, i));
                start = i + 1;
            }
        }
        parts.add(list.subList(start, list.size()));
        return parts;
    }

    private static String sql(List<SqlToken> tokens) {
        StringBuilder sql = new StringBuilder();
        for (SqlToken token : tokens) {
            boolean tight = token.isSymbol("(") || token.isSymbol(")") || token.isSymbol("::")
                    || token.isSymbol(",") || sql.isEmpty() || sql.charAt(sql.length() - 1) == '('
                    || sql.toString().endsWith("::");
            sql.append(tight ? "" : " ").append(token.sql());
        }
        return sql.toString();
    }
}
