package org.opsdb.migrations.ddl;

import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.OutsideTransaction;
import org.opsdb.migrations.operations.SqlSink;

/**
 * {@link Operations} that render each operation with {@link PostgresDdl} and send each statement to a sink; an
 * {@link OutsideTransaction} block goes to the sink's {@link SqlSink#outsideTransaction}.
 */
public final class SqlOperations implements Operations {

    private static final PostgresDdl DDL = new PostgresDdl();

    private final SqlSink sink;

    private SqlOperations(SqlSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Operations rendered as PostgreSQL DDL and sent, one statement at a time, to {@code sink}. */
    public static Operations rendering(SqlSink sink) {
        return new SqlOperations(sink);
    }

    @Override
    public void apply(MigrationOperation operation) {
        if (operation instanceof OutsideTransaction block) {
            outsideTransaction(outside -> outside.applyAll(block.operations()));
        } else {
            DDL.render(operation).forEach(sink::execute);
        }
    }

    @Override
    public void outsideTransaction(Consumer<Operations> block) {
        sink.outsideTransaction(() -> block.accept(this));
    }

    @Override
    public Optional<Connection> connection() {
        return sink.connection();
    }
}
