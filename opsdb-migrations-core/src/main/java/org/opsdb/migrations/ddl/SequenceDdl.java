package org.opsdb.migrations.ddl;

import java.util.List;
import org.opsdb.migrations.operations.AlterSequence;
import org.opsdb.migrations.operations.CreateSequence;
import org.opsdb.migrations.operations.DropSequence;
import org.opsdb.migrations.operations.SequenceOptions;

/** CREATE/ALTER/DROP SEQUENCE. */
final class SequenceDdl {

    private SequenceDdl() {
    }

    static List<String> createSequence(CreateSequence op) {
        return List.of("CREATE SEQUENCE " + Sql.flag(op.ifNotExists(), "IF NOT EXISTS") + Sql.name(op.sequence())
                + options(op.options()));
    }

    static List<String> alterSequence(AlterSequence op) {
        return List.of("ALTER SEQUENCE " + Sql.name(op.sequence()) + options(op.changes()));
    }

    static List<String> dropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + Sql.flag(op.ifExists(), "IF EXISTS") + Sql.name(op.sequence())
                + Sql.suffix(op.cascade(), "CASCADE"));
    }

    private static String options(SequenceOptions o) {
        StringBuilder sql = new StringBuilder();
        if (o.dataType() != null) {
            sql.append(" AS ").append(o.dataType());
        }
        if (o.increment() != null) {
            sql.append(" INCREMENT BY ").append(o.increment());
        }
        if (o.minValue() != null) {
            sql.append(" MINVALUE ").append(o.minValue());
        }
        if (o.maxValue() != null) {
            sql.append(" MAXVALUE ").append(o.maxValue());
        }
        if (o.start() != null) {
            sql.append(" START WITH ").append(o.start());
        }
        if (o.cache() != null) {
            sql.append(" CACHE ").append(o.cache());
        }
        if (o.cycle() != null) {
            sql.append(o.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (SequenceOptions.NO_OWNER.equals(o.ownedBy())) {
            sql.append(" OWNED BY NONE");
        } else if (o.ownedBy() != null) {
            sql.append(" OWNED BY ").append(Sql.name(o.ownedBy().table())).append('.')
                    .append(Sql.name(o.ownedBy().column()));
        }
        return sql.toString();
    }
}
