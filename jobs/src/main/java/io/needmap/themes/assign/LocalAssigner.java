package io.needmap.themes.assign;

import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.VectorSpace;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Assigns texts on this machine, in fixed chunks that run in parallel. Each chunk writes only its own
 * slots, and a text's result depends on nothing but the text, so the thread count never changes it.
 */
public final class LocalAssigner implements ThemeAssigner {

    private static final int CHUNK = 20_000;

    @Override
    public Assignment assign(List<String> texts, VectorSpace space, double[][] centres) {
        int n = texts.size();
        int[] clusters = new int[n];
        double[] similarities = new double[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int from = chunk * CHUNK;
            int to = Math.min(n, from + CHUNK);
            DocumentVectors vectors = space.transform(texts.subList(from, to));
            for (int i = from; i < to; i++) {
                ThemeAssigner.nearest(vectors, i - from, centres, clusters, similarities, i);
            }
        });
        return new Assignment(clusters, similarities);
    }
}
