package io.needmap.themes.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.text.AnalysisOptions;
import io.needmap.themes.vectors.DenseVectors;
import io.needmap.themes.vectors.TfIdfVectoriser;
import io.needmap.themes.vectors.VectorSpace;
import io.needmap.themes.vectors.Vectoriser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Placing every text from the graph's themes. The embedding here is a fixed table of 2-D vectors and
 * weighs 1 (the words weigh nothing), so that where a text belongs can be read off its coordinates.
 */
class EmbeddedRefinementTest {

    /** x… texts point along the first axis, y… along the second; "odd" leans to x. */
    private static final Map<String, float[]> TABLE = Map.of(
            "odd", unit(0.8f, 0.2f),
            "x1", unit(1f, 0f), "x2", unit(0.9f, 0.1f), "x3", unit(1f, 0.05f), "x4", unit(0.95f, 0f),
            "x5", unit(1f, 0.02f), "x6", unit(0.97f, 0.03f),
            "y1", unit(0f, 1f), "y2", unit(0.1f, 1f), "y3", unit(0.05f, 0.95f));

    /** Counts the texts it embeds. */
    private static final class TableVectoriser implements Vectoriser {
        final List<String> embedded = new ArrayList<>();

        @Override
        public VectorSpace fit(List<String> texts) {
            return list -> {
                embedded.addAll(list);
                return new DenseVectors(list.stream().map(t -> TABLE.getOrDefault(t, new float[2]).clone())
                        .toArray(float[][]::new), 2);
            };
        }
    }

    private static float[] unit(float a, float b) {
        float n = (float) Math.sqrt(a * a + b * b);
        return new float[] {a / n, b / n};
    }

    private final TableVectoriser embeddings = new TableVectoriser();
    private final EmbeddedRefinement refinement = new EmbeddedRefinement(AnalysisOptions.defaults(), embeddings,
            TfIdfVectoriser.defaults(), 1.0, 50);

    @Test
    void whenTheGraphSawAtLeastHalfTheTextsItsThemesStandAndTheOthersJoinTheNearest() {
        List<String> texts = List.of("odd", "x1", "x2", "x3", "y1", "y2");
        int[] sample = {0, 1, 2, 4};
        int[] graph = {1, 0, 0, 1}; // the graph put "odd" with the y texts
        EmbeddedRefinement.Placement placed = refinement.place(texts, new int[] {0, 1, 2, 3, 4, 5}, sample, graph,
                null, 42);
        assertEquals(2, placed.k());
        assertArrayEquals(new int[] {1, 0, 0, 0, 1, 1}, placed.clusters());
    }

    @Test
    void whenTheGraphSawFewerThanHalfKMeansOverEveryTextMovesTheSampledOnesToo() {
        List<String> texts = List.of("odd", "x1", "x2", "x3", "x4", "x5", "x6", "y1", "y2", "y3");
        int[] sample = {0, 1, 7, 8};
        int[] graph = {1, 0, 1, 1}; // "odd" with the y texts again
        int[] all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        EmbeddedRefinement.Placement placed = refinement.place(texts, all, sample, graph, null, 42);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1}, placed.clusters(),
                "the graph's themes keep their numbers; \"odd\" moved to the x texts");
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(placed.similarities()[i] > 0.9, "text " + texts.get(i) + " is close to its centre");
        }
    }

    @Test
    void theSampledTextsEmbeddingsAreReusedOnlyTheOthersAreEmbedded() {
        List<String> texts = List.of("x1", "x2", "x3", "y1", "y2");
        int[] sample = {0, 3};
        DenseVectors sampled = new DenseVectors(new float[][] {TABLE.get("x1"), TABLE.get("y1")}, 2);
        refinement.place(texts, new int[] {0, 1, 2, 3, 4}, sample, new int[] {0, 1}, sampled, 42);
        assertEquals(List.of("x2", "x3", "y2"), embeddings.embedded);
    }

    @Test
    void blankTextsTextsWithoutContentWordsAndAGraphWithoutThemesPlaceNothing() {
        List<String> texts = List.of("", "x1", "y1", "thanks!");
        EmbeddedRefinement.Placement placed = refinement.place(texts, new int[] {1, 2, 3}, new int[] {1, 2},
                new int[] {0, 1}, null, 42);
        assertArrayEquals(new int[] {-1, 0, 1, -1}, placed.clusters(), "no content word, no theme");
        assertEquals(0, placed.similarities()[0]);

        EmbeddedRefinement.Placement none = refinement.place(texts, new int[] {1, 2}, new int[] {1, 2},
                new int[] {-1, -1}, null, 42);
        assertEquals(0, none.k());
        assertArrayEquals(new int[] {-1, -1, -1, -1}, none.clusters());
    }
}
