package org.opsdb.benchmarks.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShiftEstimateTest {

    @Test
    void theEstimateIsTheMedianOfEveryDifference() {
        ShiftEstimate shift = ShiftEstimate.of(List.of(10, 20, 30), List.of(0, 5));
        // differences 5 10 15 20 25 30
        assertEquals(17.5, shift.estimate());
        // three boots against two are too few to cut any difference off: the interval is the whole range
        assertEquals(5, shift.low());
        assertEquals(30, shift.high());
    }

    @Test
    void theIntervalCutsTheMannWhitneyCountOffEachEnd() {
        // 10 against 10: C = round(50 − 1.96·sqrt(100·21/12)) = round(24.07) = 24
        List<Integer> first = IntStream.range(0, 10).map(i -> 100 + i).boxed().toList();
        List<Integer> second = IntStream.range(0, 10).map(i -> 10 * i).boxed().toList();
        ShiftEstimate shift = ShiftEstimate.of(first, second);
        List<Integer> differences = first.stream()
                .flatMap(a -> second.stream().map(b -> a - b)).sorted().toList();
        assertEquals(differences.get(23), (int) shift.low());
        assertEquals(differences.get(100 - 24), (int) shift.high());
        assertEquals((differences.get(49) + differences.get(50)) / 2.0, shift.estimate());
        assertEquals("60 (95% CI 33 – 86)", shift.format());
    }

    @Test
    void noMeasurementsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ShiftEstimate.of(List.of(), List.of(1)));
    }
}
