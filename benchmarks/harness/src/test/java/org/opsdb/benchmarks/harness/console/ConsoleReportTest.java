package org.opsdb.benchmarks.harness.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static List<TimedRun> runs(double... wallThenCpu) {
        List<TimedRun> runs = new java.util.ArrayList<>();
        for (int i = 0; i < wallThenCpu.length; i += 2) {
            runs.add(new TimedRun(wallThenCpu[i], wallThenCpu[i + 1]));
        }
        return runs;
    }

    private final ConsoleReport report = new ConsoleReport("2026-12-07 23:00 UTC", List.of("17 revisions"),
            List.of("code: commit abc1234", "CPUs (nproc): 2", "load average at start: 1.50 1.20 1.00",
                    "load average at end: 2.00 1.40 1.10"),
            List.of(new CommandTimes("current", runs(2100, 1800, 1900, 1700, 2500, 1900), runs(250, 230, 260, 240,
                            240, 220)),
                    new CommandTimes("heads", runs(400, 300, 500, 400, 450, 350, 480, 360),
                            runs(200, 190, 200, 190, 200, 190, 200, 190))),
            runs(10000, 20000, 9000, 18000, 11000, 19000), runs(2000, 3000, 2600, 3900, 2400, 3600));

    @Test
    void mediansOfOddAndEvenCounts() {
        assertEquals(2100, ConsoleReport.median(runs(2100, 0, 1900, 0, 2500, 0), TimedRun::wallMillis), 1e-9);
        assertEquals(465, ConsoleReport.median(runs(400, 0, 500, 0, 450, 0, 480, 0), TimedRun::wallMillis), 1e-9);
    }

    @Test
    void printsRatiosOfTheMediansAndTheShareOfTheBoot() {
        assertEquals("""
                command  bin/opsdb wall      CPU     Alembic wall        CPU     ours/Alembic wall  CPU   goal ≤ 0.5 s wall
                current  2.10 s (1.90–2.50)  1.80 s  0.25 s (0.24–0.26)  0.23 s  8.4×               7.8×  NO
                heads    0.47 s (0.40–0.50)  0.36 s  0.20 s (0.20–0.20)  0.19 s  2.3×               1.9×  yes

                in the service (demo jar)          wall                  CPU
                boot until ready                   10.00 s (9.00–11.00)  19.00 s
                console current                    2.40 s (2.00–2.60)    3.60 s
                console / boot (goal ≤ 25 %: met)  24 %                  19 %
                - goal: standalone console ≤ 0.5 s wall median per command: not met (1 of 2 commands)
                - goal: in-service `console current` ≤ 25 % of the service's boot: met (24 % of the wall time, 19 % of the CPU time)
                """, report.text());
    }

    @Test
    void theReadmeSummaryQuotesEachCommandAndTheShare() {
        assertEquals("""
                Latest run (2026-12-07 23:00 UTC; CPUs (nproc): 2; load average at start: 1.50 1.20 1.00; load average at end: 2.00 1.40 1.10), medians of wall time, written by `benchmarks/console` (details in [docs/benchmarks.md](docs/benchmarks.md#console-one-command-against-alembic)):

                | command | `bin/opsdb` | Alembic 1.8 | ours/Alembic |
                |---|---:|---:|---:|
                | `current` | 2.10 s | 0.25 s | 8.4× |
                | `heads` | 0.47 s | 0.20 s | 2.3× |

                Inside the service (the demo jar): boot until ready 10.00 s, `console current` 2.40 s: 24 % of a boot.

                - goal: standalone console ≤ 0.5 s wall median per command: not met (1 of 2 commands)
                - goal: in-service `console current` ≤ 25 % of the service's boot: met (24 % of the wall time, 19 % of the CPU time)
                """, report.summary());
    }

    @Test
    void theCsvHasEveryRun() {
        List<String> lines = report.csv().lines().toList();
        assertEquals("tool,command,run,wall_ms,cpu_ms", lines.get(0));
        assertEquals("opsdb,current,3,2500.0,1900.0", lines.get(3));
        assertEquals("alembic,heads,4,200.0,190.0", lines.get(14));
        assertEquals("demo,console current,3,2400.0,3600.0", lines.get(lines.size() - 1));
        assertEquals(1 + 3 + 3 + 4 + 4 + 3 + 3, lines.size());
    }
}
