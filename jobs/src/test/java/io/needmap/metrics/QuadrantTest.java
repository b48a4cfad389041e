package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Importance–performance quadrants (Martilla & James 1977), split at the means, ties counting as high. */
class QuadrantTest {

    @Test
    void eachQuadrantFromImportanceAndPerformanceAgainstTheSplits() {
        // splits: importance 0.5, performance 3
        assertEquals(Quadrant.CONCENTRATE_HERE, Quadrant.of(0.8, 2.0, 0.5, 3.0));
        assertEquals(Quadrant.KEEP_UP_THE_GOOD_WORK, Quadrant.of(0.8, 4.0, 0.5, 3.0));
        assertEquals(Quadrant.LOW_PRIORITY, Quadrant.of(0.2, 2.0, 0.5, 3.0));
        assertEquals(Quadrant.POSSIBLE_OVERKILL, Quadrant.of(0.2, 4.0, 0.5, 3.0));
    }

    @Test
    void aValueOnTheSplitCountsAsHigh() {
        assertEquals(Quadrant.CONCENTRATE_HERE, Quadrant.of(0.5, 2.0, 0.5, 3.0));     // importance tie
        assertEquals(Quadrant.POSSIBLE_OVERKILL, Quadrant.of(0.2, 3.0, 0.5, 3.0));    // performance tie
        assertEquals(Quadrant.KEEP_UP_THE_GOOD_WORK, Quadrant.of(0.5, 3.0, 0.5, 3.0)); // both
    }

    @Test
    void labelsAreMartillaAndJamesWording() {
        assertEquals("concentrate here", Quadrant.CONCENTRATE_HERE.label());
        assertEquals("keep up the good work", Quadrant.KEEP_UP_THE_GOOD_WORK.label());
        assertEquals("low priority", Quadrant.LOW_PRIORITY.label());
        assertEquals("possible overkill", Quadrant.POSSIBLE_OVERKILL.label());
    }

    @Test
    void theSplitsAreTheMeansOfImportanceAndOfPerformance() {
        // importance (1 + 3 + 2 + 6) / 4 = 3; performance (4 + 3 + 5 + 2) / 4 = 3.5
        double[] importance = {1, 3, 2, 6};
        double[] performance = {4, 3, 5, 2};
        double[] splits = Quadrant.splits(importance, performance);
        assertArrayEquals(new double[] {3.0, 3.5}, splits, 1e-12);
        // (1, 4): low, high -> overkill; (3, 3): tie on importance -> high, low -> concentrate;
        // (2, 5): low, high -> overkill; (6, 2): high, low -> concentrate
        Quadrant[] expected = {Quadrant.POSSIBLE_OVERKILL, Quadrant.CONCENTRATE_HERE, Quadrant.POSSIBLE_OVERKILL,
            Quadrant.CONCENTRATE_HERE};
        for (int i = 0; i < importance.length; i++) {
            assertEquals(expected[i], Quadrant.of(importance[i], performance[i], splits[0], splits[1]), "attribute " + i);
        }
    }

    @Test
    void aSingleAttributeSitsOnBothSplitsAndSoKeepsUpTheGoodWork() {
        double[] splits = Quadrant.splits(new double[] {0.4}, new double[] {4.2});
        assertArrayEquals(new double[] {0.4, 4.2}, splits, 1e-12);
        assertEquals(Quadrant.KEEP_UP_THE_GOOD_WORK, Quadrant.of(0.4, 4.2, splits[0], splits[1]));
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Quadrant.splits(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Quadrant.splits(new double[] {}, new double[] {}));
        assertThrows(IllegalArgumentException.class, () -> Quadrant.of(Double.NaN, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Quadrant.of(1, 1, 1, Double.NaN));
    }
}
