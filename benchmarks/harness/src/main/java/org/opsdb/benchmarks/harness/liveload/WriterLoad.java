package org.opsdb.benchmarks.harness.liveload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.opsdb.benchmarks.harness.Server;

/**
 * The steady writer load: {@code writers} connections that together send {@code rate} operations a second to
 * {@link ItemTable}, each its own transaction, alternately an INSERT and an UPDATE of a random loaded row. Every
 * writer sends at fixed times (open loop): when an operation is held up, the ones due meanwhile are sent as soon as
 * it returns, and each operation's wait is counted from the time it was due, so a stall shows in every operation it
 * delayed, not only in the one that met it.
 */
final class WriterLoad implements AutoCloseable {

    /** One writer operation: when it was due and when it returned, in {@link System#nanoTime()} units. */
    record Operation(long dueNanos, long finishedNanos, boolean failed) {

        /** From due to returned. */
        long waitNanos() {
            return finishedNanos - dueNanos;
        }
    }

    private final List<Writer> writers = new ArrayList<>();
    private final AtomicLong codes = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final long periodNanos;
    private final int rows;
    private final int sites;
    private volatile boolean running = true;

    /**
     * Opens {@code connections} connections to {@code database} and starts them at {@code rate} operations a second
     * in total, updating rows with ids 1 to {@code rows} and inserting rows of sites 1 to {@code sites}.
     */
    WriterLoad(Server server, String database, int connections, int rate, int rows, int sites) throws SQLException {
        this.periodNanos = TimeUnit.SECONDS.toNanos(connections) / rate;
        this.rows = rows;
        this.sites = sites;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        for (int i = 0; i < connections; i++) {
            Connection connection = server.connect(database, "zdbench-writer-" + (i + 1));
            writers.add(new Writer(connection, start + periodNanos * i / connections, i));
        }
        for (Writer writer : writers) {
            writer.thread.start();
        }
    }

    /** The operations that were running at {@code fromNanos} or were due from then to {@code toNanos}. */
    List<Operation> between(long fromNanos, long toNanos) {
        List<Operation> found = new ArrayList<>();
        for (Writer writer : writers) {
            synchronized (writer.operations) {
                for (Operation operation : writer.operations) {
                    if (operation.finishedNanos() >= fromNanos && operation.dueNanos() <= toNanos) {
                        found.add(operation);
                    }
                }
            }
        }
        return found;
    }

    /** Waits until every operation due by {@code nanos} has returned. */
    void awaitDone(long nanos, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Writer writer : writers) {
            while (writer.nextDueNanos <= nanos) {
                if (System.nanoTime() > deadline || !writer.thread.isAlive()) {
                    throw new IllegalStateException("writer " + (writer.number + 1) + " did not catch up within "
                            + timeout.toSeconds() + " s" + failureSuffix());
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
        }
    }

    /** The first failure a writer met, or {@code null}. */
    String firstFailure() {
        return firstFailure.get();
    }

    private String failureSuffix() {
        return firstFailure.get() == null ? "" : "; first failure: " + firstFailure.get();
    }

    /** Stops the writers and closes their connections. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Writer writer : writers) {
            writer.thread.join(TimeUnit.SECONDS.toMillis(60));
            try {
                writer.connection.close();
            } catch (SQLException e) {
                // the run is over; nothing to keep
            }
        }
    }

    /** One connection sending every {@link #periodNanos}. */
    private final class Writer implements Runnable {

        private final Connection connection;
        private final int number;
        private final Thread thread;
        private final List<Operation> operations = new ArrayList<>();
        private volatile long nextDueNanos;

        Writer(Connection connection, long firstDueNanos, int number) {
            this.connection = connection;
            this.nextDueNanos = firstDueNanos;
            this.number = number;
            this.thread = new Thread(this, "zdbench-writer-" + (number + 1));
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try (PreparedStatement insert = connection.prepareStatement(ItemTable.INSERT);
                 PreparedStatement update = connection.prepareStatement(ItemTable.UPDATE)) {
                boolean inserting = number % 2 == 0;
                while (running) {
                    long due = nextDueNanos;
                    long now = System.nanoTime();
                    if (due > now) {
                        LockSupport.parkNanos(due - now);
                        continue;
                    }
                    boolean failed = false;
                    try {
                        if (inserting) {
                            long code = codes.incrementAndGet();
                            insert.setInt(1, 1 + (int) (code % sites));
                            insert.setString(2, "w" + code);
                            insert.setString(3, "written " + code);
                            insert.setInt(4, (int) (code % 1000));
                            insert.executeUpdate();
                        } else {
                            update.setLong(1, ThreadLocalRandom.current().nextLong(1, rows + 1L));
                            update.executeUpdate();
                        }
                    } catch (SQLException e) {
                        failed = true;
                        firstFailure.compareAndSet(null, (inserting ? "INSERT: " : "UPDATE: ")
                                + e.getMessage().lines().findFirst().orElse(""));
                    }
                    Operation operation = new Operation(due, System.nanoTime(), failed);
                    synchronized (operations) {
                        operations.add(operation);
                    }
                    inserting = !inserting;
                    nextDueNanos = due + periodNanos;
                }
            } catch (SQLException e) {
                firstFailure.compareAndSet(null, "writer " + (number + 1) + ": " + e.getMessage());
            }
        }
    }
}
