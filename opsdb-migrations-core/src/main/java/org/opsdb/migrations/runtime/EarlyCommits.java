package org.opsdb.migrations.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.opsdb.migrations.operations.SqlSink;
import org.opsdb.migrations.revision.Step;
import org.opsdb.migrations.sql.SessionStatements;

/**
 * What an outside-transaction block committed before its transaction ended: the block commits every statement that
 * ran before it in the transaction and runs its own statements in auto-commit, so when a revision fails afterwards,
 * those statements stay although the version table does not name the revision. Records each statement the
 * revisions' operations send as it runs ({@link #track}), how many of them are committed, and the caller's state
 * at the last early commit.
 *
 * @param <S> the caller's state, as {@code stateNow} gives it
 */
final class EarlyCommits<S> {

    /**
     * A statement that ran.
     *
     * @param step     the step whose script sent it
     * @param position its position among the statements that step's script sent, from 0
     * @param sql      its text
     */
    record Ran(Step step, int position, String sql) {
    }

    private final Supplier<S> stateNow;
    private final List<Ran> ran = new ArrayList<>();
    private int committed;
    private int outsideDepth;
    private S stateAtCommit;

    /** Records for one transaction; {@code stateNow} is asked for the caller's state at each early commit. */
    EarlyCommits(Supplier<S> stateNow) {
        this.stateNow = stateNow;
    }

    /** The sink {@code step}'s operations write to: {@code sink}, each statement recorded once it has run. */
    SqlSink track(Step step, SqlSink sink) {
        return new SqlSink() {
            private int position;

            @Override
            public void execute(String sql) {
                int at = position++;
                sink.execute(sql);
                ran.add(new Ran(step, at, sql));
                if (outsideDepth > 0) {
                    // auto-commit: the statement committed as it ran
                    committed = ran.size();
                }
            }

            @Override
            public void outsideTransaction(Runnable block) {
                sink.outsideTransaction(() -> {
                    // the sink has just committed everything before the block
                    committed = ran.size();
                    stateAtCommit = stateNow.get();
                    outsideDepth++;
                    try {
                        block.run();
                    } finally {
                        outsideDepth--;
                    }
                });
            }

            @Override
            public Optional<Connection> connection() {
                return sink.connection();
            }
        };
    }

    /**
     * The statements committed before the transaction's end that left something in the database, in the order
     * they ran: a {@code SET}, {@code RESET} or {@code SHOW} leaves nothing once the runtime has undone the
     * revision's settings.
     */
    List<Ran> committed() {
        return ran.subList(0, committed).stream().filter(r -> !SessionStatements.isSessionOnly(r.sql())).toList();
    }

    /** The caller's state when an outside-transaction block last committed; {@code null} when none did. */
    S stateAtCommit() {
        return stateAtCommit;
    }
}
