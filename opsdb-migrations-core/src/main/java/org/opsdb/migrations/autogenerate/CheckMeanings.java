package org.opsdb.migrations.autogenerate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.Identifiers;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.reflect.SchemaReflector;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * CHECK constraints compared by meaning. PostgreSQL's printed text of a check does not always print the same once
 * parsed again ({@code (ARRAY['a'::character varying])::text[]} becomes {@code ARRAY[('a'::character
 * varying)::text]}), so a check that a downgrade re-created from the printed text reads back otherwise than the one
 * the model's own text creates. Where the model's check and the database's check of the same name on the same
 * table differ as text, each is parsed again by PostgreSQL, on an empty copy of its own side's columns in a scratch
 * schema, until its text stops changing; when the two then agree, the model adopts the database's text, so neither
 * {@code check} nor autogenerate sees a difference. Nothing of the scratch stays (see {@link RolledBack}).
 */
final class CheckMeanings {

    /** Parsing the printed text again settles within one round in practice; a bound all the same. */
    private static final int ROUNDS = 3;

    private static final Map<String, String> SERIAL_TYPES = Map.of("serial", "integer", "bigserial", "bigint",
            "smallserial", "smallint");

    private CheckMeanings() {
    }

    /** A check of the model and the database's check of the same name on the same table, differing as text. */
    private record Pair(TableModel modelTable, CheckConstraint modelCheck, TableModel databaseTable,
                        CheckConstraint databaseCheck) {
    }

    /** {@code model} with the database's text for each check that differs from it as text only. */
    static SchemaModel adopt(Connection connection, SchemaModel model, SchemaModel database) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        for (TableModel table : model.tables()) {
            Optional<TableModel> actual = database.table(table.name());
            for (CheckConstraint check : table.checks()) {
                actual.flatMap(a -> a.checks().stream().filter(c -> c.name().equals(check.name())).findFirst())
                        .filter(c -> !c.expression().equals(check.expression()))
                        .ifPresent(c -> pairs.add(new Pair(table, check, actual.get(), c)));
            }
        }
        if (pairs.isEmpty()) {
            return model;
        }
        Set<List<String>> same = RolledBack.run(connection, st -> {
            String scratch = RolledBack.scratchSchemaName();
            ModelSchemaCreator.execute(st, new CreateSchema(scratch, false));
            st.execute("SET LOCAL search_path = " + Identifiers.quote(ReflectionScope.DEFAULT_SCHEMA));
            Set<List<String>> meaningSame = new HashSet<>();
            for (Pair pair : pairs) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    String modelText = settle(st, QualifiedName.of(scratch, "model_side"), pair.modelTable(),
                            pair.modelCheck().expression());
                    String databaseText = settle(st, QualifiedName.of(scratch, "database_side"),
                            pair.databaseTable(), pair.databaseCheck().expression());
                    if (modelText.equals(databaseText)) {
                        meaningSame.add(key(pair.modelTable(), pair.modelCheck()));
                    }
                } catch (SQLException e) {
                    // a side that cannot be re-created here (e.g. a type the database lacks) differs
                }
                connection.rollback(savepoint);
            }
            return meaningSame;
        });
        return model.withTables(model.tables().stream().map(table -> new TableModel(table.name(), table.columns(),
                table.primaryKey(), table.uniques(), table.checks().stream().map(check -> same.contains(key(table,
                check)) ? database.table(table.name()).orElseThrow().checks().stream()
                .filter(c -> c.name().equals(check.name())).findFirst().orElseThrow() : check).toList(),
                table.foreignKeys(), table.indexes(), table.comment())).toList());
    }

    private static List<String> key(TableModel table, CheckConstraint check) {
        return List.of(table.name().toString(), check.name());
    }

    /** The check's text once PostgreSQL no longer changes it, on an empty copy of {@code table}'s columns. */
    private static String settle(Statement st, QualifiedName copy, TableModel table, String expression)
            throws SQLException {
        List<Column> columns = table.columns().stream()
                .map(c -> Column.of(c.name(), SERIAL_TYPES.getOrDefault(c.type(), c.type()))).toList();
        ModelSchemaCreator.execute(st, new CreateTable(copy, columns, List.of(), null, false));
        String text = expression;
        for (int round = 0; round < ROUNDS; round++) {
            ModelSchemaCreator.execute(st, new AddConstraint(copy, new CheckConstraint("meaning", text)));
            String printed = printed(st.getConnection(), copy);
            ModelSchemaCreator.execute(st, new DropConstraint(copy, "meaning", false, false));
            if (printed.equals(text)) {
                break;
            }
            text = printed;
        }
        return text;
    }

    private static String printed(Connection connection, QualifiedName table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_get_constraintdef(oid, true)"
                + " FROM pg_constraint WHERE conrelid = ?::regclass AND conname = 'meaning'")) {
            query.setString(1, Identifiers.quote(table));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return SchemaReflector.checkExpression(rs.getString(1));
            }
        }
    }

}
