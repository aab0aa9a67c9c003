package org.opsdb.migrations.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opsdb.migrations.operations.Operations;

/** Records what a script runs; statements run outside the transaction are prefixed with {@code outside: }. */
final class RecordingOperations implements Operations {

    final List<String> executed = new ArrayList<>();
    private boolean outside;

    @Override
    public void execute(String sql) {
        executed.add((outside ? "outside: " : "") + sql);
    }

    @Override
    public void outsideTransaction(Consumer<Operations> block) {
        outside = true;
        try {
            block.accept(this);
        } finally {
            outside = false;
        }
    }
}
