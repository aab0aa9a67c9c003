package org.opsdb.migrations.script;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.Operations;
import org.opsdb.migrations.operations.SqlSink;

/**
 * Renders what a script runs, as the runtime would, and records each statement; statements run outside the
 * transaction are prefixed with {@code outside: }.
 */
final class RecordingOperations implements Operations {

    final List<String> executed = new ArrayList<>();
    private final Operations rendering = Operations.rendering(new Recorder());
    private boolean outside;

    @Override
    public void apply(MigrationOperation operation) {
        rendering.apply(operation);
    }

    @Override
    public void outsideTransaction(Consumer<Operations> block) {
        rendering.outsideTransaction(block);
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.empty();
    }

    /** The sink behind the rendering operations. */
    private final class Recorder implements SqlSink {

        @Override
        public void execute(String sql) {
            executed.add((outside ? "outside: " : "") + sql);
        }

        @Override
        public void outsideTransaction(Runnable block) {
            outside = true;
            try {
                block.run();
            } finally {
                outside = false;
            }
        }

        @Override
        public Optional<Connection> connection() {
            return Optional.empty();
        }
    }
}
