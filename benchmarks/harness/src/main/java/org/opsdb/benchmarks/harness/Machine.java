package org.opsdb.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the machine a benchmark runs on, as the reports print them. */
public final class Machine {

    private Machine() {
    }

    /** {@code CPUs (nproc): N}. */
    public static String cpus() {
        return "CPUs (nproc): " + Runtime.getRuntime().availableProcessors();
    }

    /** {@code memory: N kB}, from {@code /proc/meminfo}. */
    public static String memory() throws IOException {
        return "memory: " + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ")
                .replace("MemTotal: ", "");
    }

    /** {@code JDK: NAME VERSION} of this JVM. */
    public static String jdk() {
        return "JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** The 1, 5 and 15 minute load averages, from {@code /proc/loadavg}. */
    public static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
