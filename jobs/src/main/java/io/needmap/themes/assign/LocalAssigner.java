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

    /** Texts per chunk: a thread holds one chunk's vectors at a time, never all the texts'. */
    private static final int CHUNK = 20_000;

    private final int chunk;

    public LocalAssigner() {
        this(CHUNK);
    }

    /** @param chunk texts per chunk; other than the default only in tests, which split small inputs */
    LocalAssigner(int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk has at least one text, not " + chunk);
        }
        this.chunk = chunk;
    }

    @Override
    public Assignment assign(List<String> texts, VectorSpace space, double[][] centres) {
        int n = texts.size();
        int[] clusters = new int[n];
        double[] similarities = new double[n];
        int chunks = (n + chunk - 1) / chunk;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            DocumentVectors vectors = space.transform(texts.subList(from, to));
            for (int i = from; i < to; i++) {
                ThemeAssigner.nearest(vectors, i - from, centres, clusters, similarities, i);
            }
        });
        return new Assignment(clusters, similarities);
    }
}
