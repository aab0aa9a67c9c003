package org.opsdb.migrations.operations;

import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.opsdb.migrations.ddl.PostgresDdl;

/** {@link Operations} that render each operation with {@link PostgresDdl} and send each statement to a sink. */
final class SqlOperations implements Operations {

    private static final PostgresDdl DDL = new PostgresDdl();

    private final SqlSink sink;

    SqlOperations(SqlSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void apply(MigrationOperation operation) {
        DDL.render(operation).forEach(sink::execute);
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
