package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.util.Optional;

/** Collects statements as a SQL script instead of executing them (the {@code --sql} mode). */
final class OfflineSink implements TransactionalSink {

    private final StringBuilder out = new StringBuilder();
    private String lastStatement = "";
    private boolean inTransaction;

    @Override
    public void execute(String sql) {
        lastStatement = sql;
        out.append(sql).append(";\n\n");
    }

    @Override
    public void outsideTransaction(Runnable block) {
        boolean reopen = inTransaction;
        if (reopen) {
            commit();
        }
        block.run();
        if (reopen) {
            begin();
        }
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.empty();
    }

    @Override
    public void begin() {
        out.append("BEGIN;\n\n");
        inTransaction = true;
    }

    @Override
    public void commit() {
        out.append("COMMIT;\n\n");
        inTransaction = false;
    }

    @Override
    public void rollback() {
        inTransaction = false;
    }

    @Override
    public void comment(String text) {
        out.append("-- ").append(text.replace('\n', ' ')).append("\n\n");
    }

    @Override
    public String lastStatement() {
        return lastStatement;
    }

    /** The script collected so far. */
    String sql() {
        return out.toString();
    }
}
