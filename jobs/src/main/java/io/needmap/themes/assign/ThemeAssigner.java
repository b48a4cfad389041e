package io.needmap.themes.assign;

import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.VectorSpace;
import java.util.List;

/**
 * Puts every text in the theme whose centre is most similar: the step that scales with the input.
 * The plain-Java {@link LocalAssigner} serves one machine; a Spark implementation spreads the same
 * work (vectorising and comparing) over executors.
 */
public interface ThemeAssigner {

    /**
     * @param space   the vector space the centres live in
     * @param centres unit centres, one per theme (null for a theme without members)
     * @return for text i, the most similar centre and the similarity (−1 and 0 when the text has no vector)
     */
    Assignment assign(List<String> texts, VectorSpace space, double[][] centres);

    /** Nearest centre of each text. */
    record Assignment(int[] clusters, double[] similarities) {
    }

    /** The nearest centre of one vector; −1 when the vector is empty. */
    static void nearest(DocumentVectors vectors, int row, double[][] centres, int[] clusters, double[] similarities,
                        int into) {
        clusters[into] = -1;
        similarities[into] = 0;
        if (vectors.isEmpty(row)) {
            return;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            if (centres[c] == null) {
                continue;
            }
            double s = vectors.dot(row, centres[c]);
            if (s > best) {
                best = s;
                clusters[into] = c;
            }
        }
        similarities[into] = clusters[into] < 0 ? 0 : best;
    }
}
