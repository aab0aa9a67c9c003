package org.opsdb.migrations.operations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sink for tests: records each rendered statement, marking those run outside the transaction. */
public final class RecordingSink implements SqlSink {

    /** The statements in order; those run outside the transaction start with {@code [outside] }. */
    public final List<String> statements = new ArrayList<>();
    private boolean outside;

    @Override
    public void execute(String sql) {
        statements.add(outside ? "[outside] " + sql : sql);
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
