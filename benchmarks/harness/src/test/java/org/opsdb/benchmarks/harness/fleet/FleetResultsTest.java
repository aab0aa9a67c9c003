package org.opsdb.benchmarks.harness.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opsdb.benchmarks.harness.console.TimedRun;

class FleetResultsTest {

    /** One run of a tool: its process's wall time, its time in the JVM, its CPU time (ms), the load before. */
    private static Measured once(String tool, double wall, double jvm, double cpu) {
        return new Measured(tool, List.of(new TimedRun(wall, cpu)), List.of(jvm), List.of("1.00"));
    }

    private final FleetResults results = new FleetResults("2026-12-08 02:15 UTC", List.of("1000 schemas"),
            List.of("CPUs (nproc): 2", "load average at start: 1.00 1.00 1.00"), 1000, 8,
            List.of(once("console", 30_000, 28_000, 9_000), once("api", 27_000, 25_000, 8_000),
                    once("flyway", 100_000, 96_000, 60_000), once("liquibase", 80_000, 75_000, 70_000)),
            List.of(once("console", 4_000, 1_500, 3_000), once("api", 2_500, 1_900, 2_000),
                    once("flyway", 40_000, 38_000, 30_000), once("liquibase", 50_000, 47_500, 35_000)));

    @Test
    void ratiosCompareOursWithTheirTimeInTheirJvmAndSayWhichGoalHolds() {
        assertEquals(List.of(
                "upgrade, ours/Flyway's loop: console (process wall) / Flyway (in its JVM) = 0.31; core API / Flyway"
                        + " (both in the JVM) = 0.26",
                "upgrade, ours/Liquibase's MultiTenantSpringLiquibase: console (process wall) / Liquibase (in its"
                        + " JVM) = 0.40; core API / Liquibase (both in the JVM) = 0.33",
                "up-to-date check, ours/Flyway's `info()` loop (median, in the JVM): 0.05; ours/Liquibase's rerun:"
                        + " 0.04",
                "goal: `fleet upgrade` ≤ 1/3 of Flyway's loop: met with the console (0.31), met with the core API"
                        + " (0.26)",
                "goal: up-to-date `fleet current` over 1000 schemas ≤ 2 s: not met with the console (4.00 s wall,"
                        + " JVM start included), met with the core API (1.90 s in the JVM)"),
                results.conclusions());
    }

    @Test
    void csvHasOneLinePerRun() {
        assertEquals("""
                step,tool,run,wall_ms,jvm_ms,cpu_ms,load_before
                upgrade,"console",1,30000.0,28000.0,9000.0,1.00
                upgrade,"api",1,27000.0,25000.0,8000.0,1.00
                upgrade,"flyway",1,100000.0,96000.0,60000.0,1.00
                upgrade,"liquibase",1,80000.0,75000.0,70000.0,1.00
                check,"console",1,4000.0,1500.0,3000.0,1.00
                check,"api",1,2500.0,1900.0,2000.0,1.00
                check,"flyway",1,40000.0,38000.0,30000.0,1.00
                check,"liquibase",1,50000.0,47500.0,35000.0,1.00
                """, results.csv());
    }
}
