package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 100 · (1 − Jensen–Shannon distance), base-2 logarithms: 100 for identical distributions, 0 for
 * disjoint ones; weights are normalised inside.
 */
class AlignmentIndexTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void identicalDistributionsAreFullyAligned() {
        assertEquals(100.0, AlignmentIndex.between(new double[] {1, 2, 3}, new double[] {1, 2, 3}));
        assertEquals(100.0, AlignmentIndex.between(new double[] {0, 5, 0}, new double[] {0, 5, 0}));
        // weights, not shares: 10, 20, 30, 40 is the same distribution as 1, 2, 3, 4
        assertEquals(100.0, AlignmentIndex.between(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40}),
                TOLERANCE);
    }

    @Test
    void disjointDistributionsAreNotAlignedAtAll() {
        // p = (1, 0), q = (0, 1): m = (½, ½); KL(p‖m) = 1 · log₂(1/½) = 1 = KL(q‖m); divergence 1, distance 1
        assertEquals(0.0, AlignmentIndex.between(new double[] {1, 0}, new double[] {0, 1}), 1e-12);
        assertEquals(0.0, AlignmentIndex.between(new double[] {3, 0, 0}, new double[] {0, 2, 5}), 1e-12);
    }

    @Test
    void aPointMassAgainstAnEvenSplit() {
        // p = (1, 0), q = (½, ½), m = (¾, ¼)
        // KL(p‖m) = 1 · log₂(1/¾) = log₂(4/3) = 0.415037
        // KL(q‖m) = ½ · log₂(½/¾) + ½ · log₂(½/¼) = ½ · (−0.584963) + ½ · 1 = 0.207519
        // divergence = ½ · (0.415037 + 0.207519) = 0.311278; distance = √0.311278 = 0.557923
        // index = 100 · (1 − 0.557923) = 44.207695
        assertEquals(44.207695, AlignmentIndex.between(new double[] {1, 0}, new double[] {0.5, 0.5}), TOLERANCE);
    }

    @Test
    void halfOverlappingDistributions() {
        // p = (½, ½, 0), q = (0, ½, ½), m = (¼, ½, ¼)
        // KL(p‖m) = ½ · log₂(½/¼) + ½ · log₂(½/½) = ½ = KL(q‖m); divergence ½; distance √½ = 0.707107
        // index = 100 · (1 − 0.707107) = 29.289322
        assertEquals(29.289322, AlignmentIndex.between(new double[] {1, 1, 0}, new double[] {0, 2, 2}), TOLERANCE);
    }

    @Test
    void aDistributionWithoutWeightIsNotAvailable() {
        assertTrue(Double.isNaN(AlignmentIndex.between(new double[] {0, 0}, new double[] {1, 2})));
        assertTrue(Double.isNaN(AlignmentIndex.between(new double[] {1, 2}, new double[] {0, 0})));
        assertTrue(Double.isNaN(AlignmentIndex.between(new double[] {}, new double[] {})));
    }

    @Test
    void invalidWeightsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> AlignmentIndex.between(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> AlignmentIndex.between(new double[] {-1, 2}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> AlignmentIndex.between(new double[] {Double.NaN, 2}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> AlignmentIndex.between(new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, 2}));
    }

    // ---- properties ------------------------------------------------------------------------------

    private static double[] weights(SplittableRandom random, int length) {
        double[] weights = new double[length];
        for (int i = 0; i < length; i++) {
            weights[i] = random.nextInt(4) == 0 ? 0.0 : random.nextDouble() * 100;
        }
        weights[random.nextInt(length)] += 1.0;   // never all zero
        return weights;
    }

    private static double[] scaled(double[] weights, double factor) {
        double[] scaled = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            scaled[i] = weights[i] * factor;
        }
        return scaled;
    }

    /** Shannon entropy in bits of the normalised weights. */
    private static double entropy(double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        double entropy = 0;
        for (double weight : weights) {
            double share = weight / sum;
            entropy -= share == 0 ? 0 : share * Math.log(share) / Math.log(2);
        }
        return entropy;
    }

    @Test
    void propertyTheIndexIsBoundedSymmetricAndScaleInvariant() {
        SplittableRandom random = new SplittableRandom(20260814L);
        for (int i = 0; i < 500; i++) {
            int length = 1 + random.nextInt(10);
            double[] p = weights(random, length);
            double[] q = weights(random, length);
            double index = AlignmentIndex.between(p, q);
            String name = "case " + i;
            assertTrue(index >= 0.0 && index <= 100.0, name);
            assertEquals(index, AlignmentIndex.between(q, p), 1e-12, name);
            assertEquals(index, AlignmentIndex.between(scaled(p, 1e-3 + random.nextDouble() * 1e3), q), 1e-9, name);
            assertEquals(100.0, AlignmentIndex.between(p, p), 1e-12, name);
        }
    }

    @Test
    void propertyTheDivergenceIsTheEntropyOfTheMixtureMinusTheMeanEntropy() {
        // Lin (1991): JS(p, q) = H(½p + ½q) − ½H(p) − ½H(q), an independent route to the same number
        SplittableRandom random = new SplittableRandom(3L);
        for (int i = 0; i < 300; i++) {
            int length = 1 + random.nextInt(10);
            double[] p = weights(random, length);
            double[] q = weights(random, length);
            double pSum = Arrays.stream(p).sum();
            double qSum = Arrays.stream(q).sum();
            double[] mixture = new double[length];
            for (int j = 0; j < length; j++) {
                mixture[j] = (p[j] / pSum + q[j] / qSum) / 2;
            }
            double divergence = Math.max(0.0, entropy(mixture) - (entropy(p) + entropy(q)) / 2);
            assertEquals(100.0 * (1 - Math.sqrt(divergence)), AlignmentIndex.between(p, q), 1e-6, "case " + i);
        }
    }

    @Test
    void propertyTheDistanceObeysTheTriangleInequality() {
        // Endres & Schindelin (2003): the square root of the JS divergence is a metric
        SplittableRandom random = new SplittableRandom(17L);
        for (int i = 0; i < 300; i++) {
            int length = 1 + random.nextInt(6);
            double[] p = weights(random, length);
            double[] q = weights(random, length);
            double[] r = weights(random, length);
            double pr = 100 - AlignmentIndex.between(p, r);
            double pq = 100 - AlignmentIndex.between(p, q);
            double qr = 100 - AlignmentIndex.between(q, r);
            assertTrue(pr <= pq + qr + 1e-9, "case " + i);
        }
    }
}
