package org.opsdb.benchmarks.harness.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChildProcessesTest {

    @Test
    void cpuTimeIsUserPlusSystemOfTheTimeFilesLastLine() {
        assertEquals(600, ChildProcesses.cpuMillis("0.52 0.08\n"), 1e-9);
        assertEquals(120, ChildProcesses.cpuMillis("Command exited with non-zero status 1\n0.10 0.02\n"), 1e-9);
    }

    @Test
    void refusesWhatTimeDidNotWrite() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ChildProcesses.cpuMillis("Command terminated by signal 9\n"));
        assertEquals("not the output of /usr/bin/time -f \"%U %S\": Command terminated by signal 9",
                error.getMessage());
    }

    @Test
    void cpuTicksAreFields14And15EvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 52345 0 12 0 1234 56 7 8 20 0 40 0 900"
                + " 4000000000 60000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
        assertEquals(1234 + 56, ChildProcesses.cpuTicks(stat));
    }
}
