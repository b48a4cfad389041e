package io.needmap.themes.vectors;

import java.util.Locale;

/**
 * What the texts' graph is built from ({@code themes.vectors}, {@code --vectors}): the Lucene bag of
 * words, sentence embeddings, or both. Labels, the catalogue and lineage are lexical in every mode.
 */
public enum VectorMode {
    /** Words and word pairs (TF-IDF). */
    LEXICAL,
    /** Sentence embeddings (all-MiniLM-L6-v2, quantized); texts outside the sample are assigned by words. */
    SEMANTIC,
    /** Embeddings and words side by side ({@link HybridVectors}). */
    HYBRID;

    /** The mode measured best on BANKING77 (docs/themes.md, "Semantic themes"). */
    public static final VectorMode DEFAULT = SEMANTIC;

    /**
     * Embeddings cost 3–6 ms a text on one core here (short answers to long tickets): the graph of an
     * embedding mode samples fewer texts.
     */
    static final int EMBEDDING_SAMPLE = 3_000;

    /** The share of the embedding in a hybrid text's cosine. */
    static final double HYBRID_EMBEDDING_WEIGHT = 0.7;

    /** {@link #EMBEDDING_SAMPLE}, for the clusterer that samples the graph's texts (another package). */
    public static int embeddingSample() {
        return EMBEDDING_SAMPLE;
    }

    /** {@link #HYBRID_EMBEDDING_WEIGHT}, for the clusterer that builds the hybrid vectoriser (another package). */
    public static double hybridEmbeddingWeight() {
        return HYBRID_EMBEDDING_WEIGHT;
    }

    public static VectorMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("vectors must be lexical, semantic or hybrid, not '" + text + "'", e);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
