package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mean, sample variance (n − 1) and the 95 % t interval mean ± t(0.975; n − 1)·s/√n. */
class MeanEstimateTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void oneTwoThree() {
        // mean 2; variance ((1 − 2)² + 0 + (3 − 2)²) / 2 = 1; SE = √(1/3) = 0.577350
        // t(0.975; 2) = 4.302653; margin = 4.302653 · 0.577350 = 2.484138
        MeanEstimate estimate = MeanEstimate.of(List.of(1, 2, 3));
        assertEquals(new MeanEstimate(3, 2.0, 1.0), estimate);
        assertEquals(0.577350, estimate.standardError(), TOLERANCE);
        assertEquals(-0.484138, estimate.interval().low(), TOLERANCE);
        assertEquals(4.484138, estimate.interval().high(), TOLERANCE);
    }

    @Test
    void eightValues() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations 9, 1, 1, 1, 0, 0, 4, 16 = 32
        // variance 32/7 = 4.571429; SE = √(4.571429/8) = 0.755929
        // t(0.975; 7) = 2.364624; margin = 2.364624 · 0.755929 = 1.787488
        MeanEstimate estimate = MeanEstimate.of(List.of(2, 4, 4, 4, 5, 5, 7, 9));
        assertEquals(8, estimate.n());
        assertEquals(5.0, estimate.mean(), 1e-12);
        assertEquals(32.0 / 7.0, estimate.variance(), 1e-12);
        assertEquals(0.755929, estimate.standardError(), TOLERANCE);
        assertEquals(3.212512, estimate.interval().low(), TOLERANCE);
        assertEquals(6.787488, estimate.interval().high(), TOLERANCE);
    }

    @Test
    void unansweredValuesAreLeftOutAndAnyNumberTypeCounts() {
        List<Number> values = Arrays.asList(1, null, 2.0, 3L, null);
        assertEquals(new MeanEstimate(3, 2.0, 1.0), MeanEstimate.of(values));
    }

    @Test
    void equalValuesHaveZeroVarianceAndAPointInterval() {
        MeanEstimate estimate = MeanEstimate.of(List.of(4, 4, 4));
        assertEquals(new MeanEstimate(3, 4.0, 0.0), estimate);
        assertEquals(0.0, estimate.standardError());
        assertEquals(new Interval(4.0, 4.0), estimate.interval());
    }

    @Test
    void oneValueHasAMeanButNoVariance() {
        MeanEstimate estimate = MeanEstimate.of(List.of(7));
        assertEquals(1, estimate.n());
        assertEquals(7.0, estimate.mean());
        assertTrue(Double.isNaN(estimate.variance()));
        assertThrows(IllegalStateException.class, estimate::standardError);
        assertThrows(IllegalStateException.class, estimate::interval);
    }

    @Test
    void noValuesHaveNeitherMeanNorVariance() {
        MeanEstimate estimate = MeanEstimate.of(Arrays.asList(null, null));
        assertEquals(0, estimate.n());
        assertTrue(Double.isNaN(estimate.mean()));
        assertTrue(Double.isNaN(estimate.variance()));
        assertThrows(IllegalStateException.class, estimate::interval);
    }

    @Test
    void nonFiniteValuesAndNegativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MeanEstimate.of(List.of(1.0, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> MeanEstimate.of(List.of(Double.POSITIVE_INFINITY, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> new MeanEstimate(-1, 0, 0));
    }

    @Test
    void propertyTheIntervalIsSymmetricAroundTheMeanAndWiderThanTheNormalOne() {
        SplittableRandom random = new SplittableRandom(20260814L);
        for (int i = 0; i < 300; i++) {
            List<Double> values = new ArrayList<>();
            int n = 2 + random.nextInt(i % 2 == 0 ? 5 : 300);
            for (int j = 0; j < n; j++) {
                values.add(1 + random.nextDouble() * 4);
            }
            MeanEstimate estimate = MeanEstimate.of(values);
            Interval interval = estimate.interval();
            String name = estimate.toString();
            assertTrue(interval.contains(estimate.mean()), name);
            assertEquals(estimate.mean() - interval.low(), interval.high() - estimate.mean(), 1e-9, name);
            // t(0.975; df) > z(0.975) for every finite df
            assertTrue(interval.high() - estimate.mean() > 1.959963984540054 * estimate.standardError(), name);
        }
    }
}
