package org.opsdb.benchmarks.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftEstimateTest {

    @Test
    void theEstimateIsTheMedianOfTheWalshAverages() {
        ShiftEstimate shift = ShiftEstimate.of(List.of(0, 10, 100));
        // Walsh averages: 0 5 10 50 55 100
        assertEquals(30, shift.estimate());
        // three differences are too few to cut any average off: the interval is the whole range
        assertEquals(0, shift.low());
        assertEquals(100, shift.high());
    }

    @Test
    void theIntervalCutsTheSignedRankCountOffEachEnd() {
        // 1, 2, …, 10: 55 Walsh averages; C = round(27.5 − 1.96·sqrt(10·11·21/24)) = round(8.27) = 8, so the
        // interval runs from the 8th smallest (3) to the 8th largest (8)
        List<Integer> differences = List.of(3, 1, 4, 10, 5, 9, 2, 6, 8, 7);
        ShiftEstimate shift = ShiftEstimate.of(differences);
        assertEquals(5.5, shift.estimate());
        assertEquals(3, shift.low());
        assertEquals(8, shift.high());
        assertEquals("6 (95% CI 3 – 8)", shift.format());
    }

    @Test
    void oneWildPairMovesTheEstimateLittle() {
        assertEquals(5.5, ShiftEstimate.of(List.of(3, 1, 4, 10, 5, 9, 2, 6, 8, 7)).estimate());
        assertEquals(6, ShiftEstimate.of(List.of(3, 1, 4, 10, 5, 9, 2, 6, 8, 7000)).estimate());
    }

    @Test
    void noMeasurementsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ShiftEstimate.of(List.of()));
    }
}
