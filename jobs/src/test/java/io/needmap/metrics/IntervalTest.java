package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A closed interval whose membership test forgives rounding residue of 1e-12. */
class IntervalTest {

    @Test
    void containsIsInclusiveAtBothBounds() {
        Interval interval = new Interval(0.25, 0.75);
        assertTrue(interval.contains(0.25));
        assertTrue(interval.contains(0.5));
        assertTrue(interval.contains(0.75));
        assertFalse(interval.contains(0.2));
        assertFalse(interval.contains(0.8));
    }

    @Test
    void containsToleratesRoundingResidueOfUpTo1e12ButNoMore() {
        Interval interval = new Interval(0.0, 1.0);
        assertTrue(interval.contains(-1e-13));
        assertTrue(interval.contains(1.0 + 1e-13));
        assertFalse(interval.contains(-1e-11));
        assertFalse(interval.contains(1.0 + 1e-11));
    }

    @Test
    void aPointIntervalContainsItsPoint() {
        assertTrue(new Interval(100.0, 100.0).contains(100.0));
        assertFalse(new Interval(100.0, 100.0).contains(99.0));
    }

    @Test
    void containsNothingThatIsNaN() {
        assertFalse(new Interval(-1.0, 1.0).contains(Double.NaN));
    }

    @Test
    void boundsMustBeOrderedAndNotNaN() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(1.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.0, Double.NaN));
    }
}
