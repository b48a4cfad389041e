package io.needmap.themes.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two views of the same texts: the cosine is the weighted sum of the views' cosines. */
class HybridVectorsTest {

    private static final float R = (float) Math.sqrt(0.5);
    // dense: text 0 = (1, 0), text 1 = (r, r), text 2 = nothing
    private final DenseVectors dense = new DenseVectors(new float[][] {{1, 0}, {R, R}, {0, 0}}, 2);
    // sparse over 3 words: text 0 = word 0, text 1 = word 0, text 2 = word 2
    private final SparseVectors sparse = new SparseVectors(3, new int[] {0, 1, 2, 3}, new int[] {0, 0, 2},
            new float[] {1, 1, 1});

    @Test
    void theCosineIsTheWeightedSumOfBothViews() {
        HybridVectors hybrid = new HybridVectors(dense, sparse, 0.7);
        assertEquals(0.7 * R + 0.3 * 1, hybrid.dot(0, 1), 1e-6);
        assertEquals(1.0, hybrid.dot(0, 0), 1e-6);
    }

    @Test
    void aTextMissingFromOneViewKeepsTheOtherAtFullWeight() {
        HybridVectors hybrid = new HybridVectors(dense, sparse, 0.7);
        assertEquals(1.0, hybrid.dot(2, 2), 1e-6);
        assertEquals(0.0, hybrid.dot(0, 2), 1e-6);
        assertTrue(!hybrid.isEmpty(2));
    }

    @Test
    void aDenseCentreGivesTheSameCosineAsThePairwiseDot() {
        HybridVectors hybrid = new HybridVectors(dense, sparse, 0.7);
        double[] centre = new double[hybrid.dimension()];
        hybrid.addTo(1, centre, 1.0);
        assertEquals(hybrid.dot(0, 1), hybrid.dot(0, centre), 1e-6);
    }
}
