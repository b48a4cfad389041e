package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * NPS with the standard error of a +1/0/−1 score: SE = 100·√((p + d − (p − d)²)/n), margin of error
 * 1.959964·SE, interval clamped to [−100, 100].
 */
class NpsEstimateTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void fivePromotersThreePassivesTwoDetractors() {
        NpsEstimate estimate = new NpsEstimate(5, 3, 2);
        assertEquals(10, estimate.n());
        assertEquals(30.0, estimate.nps(), 1e-12);                           // 100 · (0.5 − 0.2)
        // 100 · √((0.5 + 0.2 − 0.3²) / 10) = 100 · √(0.61 / 10) = 100 · √0.061
        assertEquals(24.698178, estimate.standardError(), TOLERANCE);
        assertEquals(48.407540, estimate.marginOfError(), TOLERANCE);        // 1.959964 · 24.698178
        Interval interval = estimate.interval();                             // 30 ± 48.407540
        assertEquals(-18.407540, interval.low(), TOLERANCE);
        assertEquals(78.407540, interval.high(), TOLERANCE);
    }

    @Test
    void theIntervalIsClampedToTheScale() {
        // 9 promoters, 1 detractor: NPS 80; SE = 100 · √((1 − 0.8²) / 10) = 100 · √0.036 = 18.973666
        // 80 ± 1.959964 · 18.973666 = 80 ± 37.187702 -> [42.812298, 117.19] -> high clamped to 100
        NpsEstimate estimate = new NpsEstimate(9, 0, 1);
        assertEquals(80.0, estimate.nps(), 1e-12);
        assertEquals(18.973666, estimate.standardError(), TOLERANCE);
        assertEquals(42.812298, estimate.interval().low(), TOLERANCE);
        assertEquals(100.0, estimate.interval().high());
    }

    @Test
    void allPromotersHaveNoSpread() {
        // p = 1, d = 0: 1 + 0 − 1² = 0
        NpsEstimate estimate = new NpsEstimate(4, 0, 0);
        assertEquals(100.0, estimate.nps());
        assertEquals(0.0, estimate.standardError());
        assertEquals(0.0, estimate.marginOfError());
        assertEquals(new Interval(100.0, 100.0), estimate.interval());
    }

    @Test
    void aSingleAnswerHasNoSpread() {
        assertEquals(-100.0, new NpsEstimate(0, 0, 1).nps());
        assertEquals(0.0, new NpsEstimate(0, 0, 1).standardError());    // 0 + 1 − (−1)² = 0
        assertEquals(0.0, new NpsEstimate(0, 1, 0).nps());
        assertEquals(0.0, new NpsEstimate(0, 1, 0).standardError());    // 0 + 0 − 0² = 0
        assertEquals(new Interval(100.0, 100.0), new NpsEstimate(1, 0, 0).interval());
    }

    @Test
    void halfPromotersHalfDetractorsHaveTheLargestSpread() {
        // p = d = 0.5: 1 − 0² = 1, so SE = 100 · √(1/4) = 50
        assertEquals(0.0, new NpsEstimate(2, 0, 2).nps());
        assertEquals(50.0, new NpsEstimate(2, 0, 2).standardError(), 1e-12);
    }

    @Test
    void scoresAreCountedNineAndTenPromoteSevenAndEightPassiveSixAndBelowDetract() {
        List<Integer> scores = Arrays.asList(10, 9, 8, 7, 6, 0, null, 3);
        assertEquals(new NpsEstimate(2, 2, 3), NpsEstimate.of(scores));
        assertEquals(new NpsEstimate(0, 0, 0), NpsEstimate.of(Arrays.asList(null, null)));
        assertEquals(new NpsEstimate(0, 0, 0), NpsEstimate.of(List.of()));
    }

    @Test
    void noAnswersHaveNoScoreAndNoStandardError() {
        NpsEstimate empty = new NpsEstimate(0, 0, 0);
        assertEquals(0, empty.n());
        assertThrows(IllegalStateException.class, empty::nps);
        assertThrows(IllegalStateException.class, empty::standardError);
        assertThrows(IllegalStateException.class, empty::marginOfError);
        assertThrows(IllegalStateException.class, empty::interval);
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NpsEstimate.of(List.of(11)));
        assertThrows(IllegalArgumentException.class, () -> NpsEstimate.of(List.of(-1)));
        assertThrows(IllegalArgumentException.class, () -> new NpsEstimate(-1, 0, 0));
    }

    @Test
    void propertyTheIntervalIsWithinTheScaleAndContainsTheEstimate() {
        SplittableRandom random = new SplittableRandom(20260814L);
        for (int i = 0; i < 500; i++) {
            int size = i % 3 == 0 ? 1 + random.nextInt(5) : 1 + random.nextInt(2000);
            NpsEstimate estimate = new NpsEstimate(random.nextInt(size), random.nextInt(size), random.nextInt(size));
            if (estimate.n() == 0) {
                continue;
            }
            Interval interval = estimate.interval();
            String name = estimate.toString();
            assertTrue(estimate.standardError() >= 0.0, name);
            // the variance of a score in [−1, 1] is at most 1
            assertTrue(estimate.standardError() <= 100.0 / Math.sqrt(estimate.n()) + 1e-9, name);
            assertTrue(interval.contains(estimate.nps()), name);
            assertTrue(interval.low() >= -100.0 && interval.high() <= 100.0, name);
        }
    }

    @Test
    void propertyTheScoreAgreesWithSatisfactionNps() {
        SplittableRandom random = new SplittableRandom(3L);
        for (int i = 0; i < 300; i++) {
            List<Integer> scores = new ArrayList<>();
            int size = 1 + random.nextInt(60);
            for (int j = 0; j < size; j++) {
                scores.add(random.nextInt(12) == 0 ? null : random.nextInt(11));
            }
            NpsEstimate estimate = NpsEstimate.of(scores);
            if (estimate.n() == 0) {
                continue;
            }
            assertEquals(Satisfaction.nps(scores).getAsDouble(), estimate.nps(), 1e-9, scores.toString());
        }
    }

    @Test
    void propertyTheStandardErrorIsThatOfTheMeanOfPlusOneZeroMinusOneScores() {
        SplittableRandom random = new SplittableRandom(5L);
        for (int i = 0; i < 300; i++) {
            NpsEstimate estimate = new NpsEstimate(random.nextInt(50), random.nextInt(50), 1 + random.nextInt(50));
            long n = estimate.n();
            // population variance of the n scores, computed directly: Σ(x − mean)² / n
            double mean = (double) (estimate.promoters() - estimate.detractors()) / n;
            double variance = (estimate.promoters() * Math.pow(1 - mean, 2) + estimate.passives() * mean * mean
                    + estimate.detractors() * Math.pow(-1 - mean, 2)) / n;
            assertEquals(100.0 * Math.sqrt(variance / n), estimate.standardError(), 1e-9, estimate.toString());
        }
    }
}
