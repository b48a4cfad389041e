package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/**
 * Two-sided tests of a change between two periods: pooled two-proportion z, NPS z on the trinomial
 * standard errors, and Welch's t. The statistic is positive when the later period is larger.
 */
class ChangeTestTest {

    private static final double TOLERANCE = 1e-6;

    private static MeanEstimate sample(double... values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return MeanEstimate.of(list);
    }

    // ---- two proportions ------------------------------------------------------------------------

    @Test
    void sixtyOfAHundredThenFortyFiveOfAHundred() {
        // pooled = 105/200 = 0.525; SE = √(0.525 · 0.475 · (1/100 + 1/100)) = √0.0049875 = 0.0706222
        // z = (0.45 − 0.60) / 0.0706222 = −2.123977; p = 2·Φ(−2.123977) = 0.033672
        ChangeTest.Result result = ChangeTest.twoProportions(60, 100, 45, 100);
        assertEquals(-2.123977, result.statistic(), TOLERANCE);
        assertEquals(0.033672, result.pValue(), TOLERANCE);
        assertTrue(result.significant(0.05));
        assertFalse(result.significant(0.01));
    }

    @Test
    void swappingThePeriodsFlipsTheSignAndKeepsThePValue() {
        ChangeTest.Result down = ChangeTest.twoProportions(60, 100, 45, 100);
        ChangeTest.Result up = ChangeTest.twoProportions(45, 100, 60, 100);
        assertEquals(-down.statistic(), up.statistic(), 1e-12);
        assertEquals(down.pValue(), up.pValue(), 1e-12);
    }

    @Test
    void equalSharesAreNoChangeEvenWithDifferentSizes() {
        assertEquals(new ChangeTest.Result(0.0, 1.0), ChangeTest.twoProportions(30, 60, 50, 100));
    }

    @Test
    void aPooledShareOfZeroOrOneIsNoChange() {
        assertEquals(new ChangeTest.Result(0.0, 1.0), ChangeTest.twoProportions(0, 10, 0, 20));
        assertEquals(new ChangeTest.Result(0.0, 1.0), ChangeTest.twoProportions(5, 5, 7, 7));
    }

    @Test
    void anExtremeChangeKeepsATinyButPositivePValue() {
        // pooled = 0.5; SE = √(0.25 · 2/50) = 0.1; z = (1 − 0) / 0.1 = 10; p = 2·Φ(−10) = 1.523971e-23
        ChangeTest.Result result = ChangeTest.twoProportions(0, 50, 50, 50);
        assertEquals(10.0, result.statistic(), 1e-9);
        assertEquals(1.523971e-23, result.pValue(), 1e-28);
    }

    @Test
    void invalidCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChangeTest.twoProportions(1, 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> ChangeTest.twoProportions(11, 10, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> ChangeTest.twoProportions(1, 10, -1, 10));
    }

    @Test
    void propertyZSquaredIsPearsonsChiSquareOfTheTwoByTwoTable() {
        ChiSquareTest chiSquare = new ChiSquareTest();
        SplittableRandom random = new SplittableRandom(20260814L);
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            long n1 = 1 + random.nextInt(300);
            long n2 = 1 + random.nextInt(300);
            long x1 = random.nextLong(n1 + 1);
            long x2 = random.nextLong(n2 + 1);
            if (x1 + x2 == 0 || x1 + x2 == n1 + n2) {
                continue;
            }
            ChangeTest.Result result = ChangeTest.twoProportions(x1, n1, x2, n2);
            long[][] table = {{x1, n1 - x1}, {x2, n2 - x2}};
            String name = x1 + "/" + n1 + " -> " + x2 + "/" + n2;
            assertEquals(chiSquare.chiSquare(table), result.statistic() * result.statistic(), 1e-9, name);
            assertEquals(chiSquare.chiSquareTest(table), result.pValue(), 1e-9, name);
            assertEquals(Math.signum((double) x2 / n2 - (double) x1 / n1), Math.signum(result.statistic()), name);
            checked++;
        }
        assertTrue(checked > 300);
    }

    // ---- NPS ------------------------------------------------------------------------------------

    @Test
    void npsFromThirtyToSixty() {
        // before 5/3/2: NPS 30, SE² = 100² · 0.61/10 = 610
        // after 7/2/1: NPS 60, SE² = 100² · (0.8 − 0.6²)/10 = 440
        // z = 30 / √(610 + 440) = 30 / 32.403703 = 0.925820; p = 2·Φ(−0.925820) = 0.354539
        ChangeTest.Result result = ChangeTest.nps(new NpsEstimate(5, 3, 2), new NpsEstimate(7, 2, 1));
        assertEquals(0.925820, result.statistic(), TOLERANCE);
        assertEquals(0.354539, result.pValue(), TOLERANCE);
        assertFalse(result.significant(0.05));
    }

    @Test
    void npsIsSymmetricAndIdenticalSamplesAreNoChange() {
        NpsEstimate a = new NpsEstimate(5, 3, 2);
        NpsEstimate b = new NpsEstimate(7, 2, 1);
        assertEquals(-ChangeTest.nps(a, b).statistic(), ChangeTest.nps(b, a).statistic(), 1e-12);
        assertEquals(ChangeTest.nps(a, b).pValue(), ChangeTest.nps(b, a).pValue(), 1e-12);
        assertEquals(new ChangeTest.Result(0.0, 1.0), ChangeTest.nps(a, new NpsEstimate(50, 30, 20)));
    }

    @Test
    void npsWithoutSpreadOnBothSidesIsCertain() {
        NpsEstimate allPromoters = new NpsEstimate(3, 0, 0);
        NpsEstimate allDetractors = new NpsEstimate(0, 0, 8);
        assertEquals(new ChangeTest.Result(0.0, 1.0), ChangeTest.nps(allPromoters, new NpsEstimate(9, 0, 0)));
        assertEquals(new ChangeTest.Result(Double.NEGATIVE_INFINITY, 0.0), ChangeTest.nps(allPromoters, allDetractors));
        assertEquals(new ChangeTest.Result(Double.POSITIVE_INFINITY, 0.0), ChangeTest.nps(allDetractors, allPromoters));
    }

    @Test
    void npsWithoutAnswersHasNoTest() {
        assertThrows(IllegalStateException.class,
                () -> ChangeTest.nps(new NpsEstimate(0, 0, 0), new NpsEstimate(1, 1, 1)));
    }

    // ---- Welch ----------------------------------------------------------------------------------

    @Test
    void welchOnTwoSmallSamples() {
        // before 1..5: mean 3, s² = 2.5, s²/n = 0.5; after 3, 5, 7: mean 5, s² = 4, s²/n = 1.333333
        // t = 2 / √1.833333 = 1.477098
        // df = 1.833333² / (0.5²/4 + 1.333333²/2) = 3.361111 / 0.951389 = 3.532847
        // p = 2·T(−1.477098; 3.532847) = 0.222748
        ChangeTest.Result result = ChangeTest.welch(sample(1, 2, 3, 4, 5), sample(3, 5, 7));
        assertEquals(1.477098, result.statistic(), TOLERANCE);
        assertEquals(0.222748, result.pValue(), TOLERANCE);
    }

    @Test
    void welchAgainstAConstantSampleHasTheOtherSidesDegreesOfFreedom() {
        // before 4, 4, 4: s² = 0; after 1, 2, 3: mean 2, s²/n = 1/3
        // t = (2 − 4) / √(1/3) = −3.464102; df = (1/3)² / ((1/3)²/2) = 2
        // with 2 df the t distribution function is ½ + t/(2√(2 + t²)), so p = 1 − |t|/√(2 + t²) = 1 − √(12/14)
        ChangeTest.Result result = ChangeTest.welch(sample(4, 4, 4), sample(1, 2, 3));
        assertEquals(-3.464102, result.statistic(), TOLERANCE);
        assertEquals(1 - Math.sqrt(12.0 / 14.0), result.pValue(), 1e-8);
    }

    @Test
    void welchIsSymmetricAndIdenticalSamplesAreNoChange() {
        MeanEstimate a = sample(1, 2, 3, 4, 5);
        MeanEstimate b = sample(3, 5, 7);
        assertEquals(-ChangeTest.welch(a, b).statistic(), ChangeTest.welch(b, a).statistic(), 1e-12);
        assertEquals(ChangeTest.welch(a, b).pValue(), ChangeTest.welch(b, a).pValue(), 1e-12);
        assertEquals(new ChangeTest.Result(0.0, 1.0), ChangeTest.welch(a, sample(5, 4, 3, 2, 1)));
    }

    @Test
    void welchWithoutSpreadOnBothSidesIsCertain() {
        assertEquals(new ChangeTest.Result(0.0, 1.0), ChangeTest.welch(sample(4, 4), sample(4, 4, 4)));
        assertEquals(new ChangeTest.Result(Double.POSITIVE_INFINITY, 0.0), ChangeTest.welch(sample(4, 4), sample(5, 5)));
        assertEquals(new ChangeTest.Result(Double.NEGATIVE_INFINITY, 0.0), ChangeTest.welch(sample(5, 5), sample(4, 4)));
    }

    @Test
    void welchNeedsTwoValuesOnEachSide() {
        assertThrows(IllegalStateException.class, () -> ChangeTest.welch(sample(1), sample(1, 2, 3)));
        assertThrows(IllegalStateException.class, () -> ChangeTest.welch(sample(1, 2, 3), sample()));
    }

    @Test
    void propertyWelchAgreesWithCommonsMathsUnequalVarianceTTest() {
        TTest tTest = new TTest();
        SplittableRandom random = new SplittableRandom(20260814L);
        for (int i = 0; i < 300; i++) {
            double[] before = random.doubles(2 + random.nextInt(40), 1, 5).toArray();
            double[] after = random.doubles(2 + random.nextInt(40), 1 + random.nextDouble(), 5).toArray();
            ChangeTest.Result result = ChangeTest.welch(sample(before), sample(after));
            String name = "case " + i;
            assertEquals(tTest.t(after, before), result.statistic(), 1e-9, name);
            assertEquals(tTest.tTest(after, before), result.pValue(), 1e-9, name);
            ChangeTest.Result reversed = ChangeTest.welch(sample(after), sample(before));
            assertEquals(-result.statistic(), reversed.statistic(), 1e-12, name);
            assertEquals(result.pValue(), reversed.pValue(), 1e-12, name);
        }
    }

    @Test
    void propertyNpsIsTheZOfTheMeanOfPlusOneZeroMinusOneScores() {
        SplittableRandom random = new SplittableRandom(9L);
        for (int i = 0; i < 300; i++) {
            NpsEstimate before = new NpsEstimate(1 + random.nextInt(30), random.nextInt(30), 1 + random.nextInt(30));
            NpsEstimate after = new NpsEstimate(1 + random.nextInt(30), random.nextInt(30), 1 + random.nextInt(30));
            ChangeTest.Result result = ChangeTest.nps(before, after);
            String name = before + " -> " + after;
            assertTrue(result.pValue() >= 0 && result.pValue() <= 1, name);
            assertEquals(Math.signum(after.nps() - before.nps()), Math.signum(result.statistic()), name);
            // the same z from the raw +1/0/−1 scores: (mean₂ − mean₁) / √(σ₁²/n₁ + σ₂²/n₂), population σ²
            double z = (scoreMean(after) - scoreMean(before))
                    / Math.sqrt(scoreVariance(before) / before.n() + scoreVariance(after) / after.n());
            assertEquals(z, result.statistic(), 1e-9, name);
        }
    }

    private static double scoreMean(NpsEstimate estimate) {
        return (double) (estimate.promoters() - estimate.detractors()) / estimate.n();
    }

    private static double scoreVariance(NpsEstimate estimate) {
        double mean = scoreMean(estimate);
        return (estimate.promoters() * (1 - mean) * (1 - mean) + estimate.passives() * mean * mean
                + estimate.detractors() * (1 + mean) * (1 + mean)) / estimate.n();
    }

    // ---- the result -----------------------------------------------------------------------------

    @Test
    void significanceIsAPValueStrictlyBelowAlpha() {
        assertTrue(new ChangeTest.Result(2.0, 0.049).significant(0.05));
        assertFalse(new ChangeTest.Result(2.0, 0.05).significant(0.05));
        assertThrows(IllegalArgumentException.class, () -> new ChangeTest.Result(0, 1).significant(0));
        assertThrows(IllegalArgumentException.class, () -> new ChangeTest.Result(0, 1).significant(1));
    }
}
