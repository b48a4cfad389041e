package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Wilson score interval: centre (x + z²/2)/(n + z²), half-width z/(n + z²)·√(x(n − x)/n + z²/4),
 * with z = 1.959964, z² = 3.841459 at 95 %.
 */
class WilsonTest {

    private static final double TOLERANCE = 1e-6;

    private static void assertInterval(double low, double high, Interval actual) {
        assertEquals(low, actual.low(), TOLERANCE, "low");
        assertEquals(high, actual.high(), TOLERANCE, "high");
    }

    @Test
    void eightOfTen() {
        // n + z² = 13.841459; centre = (8 + 1.920729) / 13.841459 = 0.716740
        // half = 1.959964 / 13.841459 · √(8·2/10 + 0.960365) = 0.141602 · 1.600114 = 0.226578
        assertInterval(0.490162, 0.943318, Wilson.interval(8, 10));
    }

    @Test
    void zeroOfTenStartsAtZeroButIsNotAPoint() {
        // x = 0: centre = half = (z²/2)/(n + z²), so low = 0 and high = z²/(n + z²) = 3.841459 / 13.841459
        Interval interval = Wilson.interval(0, 10);
        assertEquals(0.0, interval.low());       // exactly 0 after clamping the −3e-17 residue
        assertEquals(0.277533, interval.high(), TOLERANCE);
    }

    @Test
    void tenOfTenEndsAtOneButIsNotAPoint() {
        // mirror of 0 of 10: low = n/(n + z²) = 10 / 13.841459
        Interval interval = Wilson.interval(10, 10);
        assertEquals(0.722467, interval.low(), TOLERANCE);
        assertEquals(1.0, interval.high());
    }

    @Test
    void oneOfOne() {
        // low = 1/(1 + z²) = 1 / 4.841459
        assertInterval(0.206549, 1.0, Wilson.interval(1, 1));
    }

    @Test
    void fiftyOfAHundredIsSymmetricAroundAHalf() {
        // centre = (50 + 1.920729) / 103.841459 = 0.5; half = 1.959964 / 103.841459 · √(25 + 0.960365)
        //        = 0.0188746 · 5.095132 = 0.096168
        assertInterval(0.403832, 0.596168, Wilson.interval(50, 100));
    }

    @Test
    void anotherZGivesAnotherLevel() {
        // z = 1: centre = 8.5 / 11 = 0.772727; half = √(1.6 + 0.25) / 11 = 1.360147 / 11 = 0.123650
        assertInterval(0.649078, 0.896377, Wilson.interval(8, 10, 1.0));
    }

    @Test
    void theDefaultIsTheNinetyFivePercentZ() {
        assertEquals(Wilson.interval(37, 51, 1.959963984540054), Wilson.interval(37, 51));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(11, 10));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(5, 10, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(5, 10, Double.NaN));
    }

    @Test
    void propertyTheIntervalLiesInZeroOneAndContainsTheObservedShare() {
        SplittableRandom random = new SplittableRandom(20260814L);
        for (int i = 0; i < 500; i++) {
            long n = 1 + random.nextInt(i % 2 == 0 ? 20 : 5000);
            long x = random.nextLong(n + 1);
            Interval interval = Wilson.interval(x, n);
            String name = x + " of " + n;
            assertTrue(interval.low() >= 0.0 && interval.high() <= 1.0, name);
            assertTrue(interval.contains((double) x / n), name);
            assertTrue(interval.high() > interval.low(), name + " is never a point");
        }
    }

    @Test
    void propertySuccessesAndFailuresGiveMirroredIntervals() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 300; i++) {
            long n = 1 + random.nextInt(1000);
            long x = random.nextLong(n + 1);
            Interval successes = Wilson.interval(x, n);
            Interval failures = Wilson.interval(n - x, n);
            assertEquals(successes.low(), 1.0 - failures.high(), 1e-12, x + " of " + n);
            assertEquals(successes.high(), 1.0 - failures.low(), 1e-12, x + " of " + n);
        }
    }

    @Test
    void propertyMoreAnswersGiveANarrowerIntervalAtTheSameShare() {
        SplittableRandom random = new SplittableRandom(11L);
        for (int i = 0; i < 300; i++) {
            long n = 1 + random.nextInt(200);
            long x = random.nextLong(n + 1);
            Interval small = Wilson.interval(x, n);
            Interval large = Wilson.interval(4 * x, 4 * n);
            assertTrue(large.high() - large.low() < small.high() - small.low(), x + " of " + n);
        }
    }
}
