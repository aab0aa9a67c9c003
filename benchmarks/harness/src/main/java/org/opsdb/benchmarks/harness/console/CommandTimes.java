package org.opsdb.benchmarks.harness.console;

import java.util.List;

/**
 * The timed runs of one console command, ours and Alembic's.
 *
 * @param command what was run, e.g. {@code show be0000000009}
 * @param ours    the runs of {@code bin/opsdb COMMAND}
 * @param alembic the runs of {@code python3 -m alembic COMMAND}
 */
record CommandTimes(String command, List<TimedRun> ours, List<TimedRun> alembic) {
}
