package io.needmap.themes.vectors;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * Sentence embeddings beside the Lucene bag of words ({@link HybridVectors}): the embedding finds
 * needs phrased in other words, the words keep apart needs that an embedding model puts together
 * because they sound alike (two SAP problems in one company's own transaction names).
 */
public final class HybridVectoriser implements Vectoriser {

    private final Vectoriser embeddings;
    private final TfIdfVectoriser words;
    private final double embeddingWeight;

    public HybridVectoriser(Vectoriser embeddings, TfIdfVectoriser words, double embeddingWeight) {
        this.embeddings = embeddings;
        this.words = words;
        this.embeddingWeight = embeddingWeight;
    }

    @Override
    public void load() {
        embeddings.load();
    }

    @Override
    public VectorSpace fit(List<String> texts) {
        return new HybridSpace(embeddings.fit(texts), words.fit(texts), embeddingWeight);
    }

    /** Both spaces and the weight. */
    public record HybridSpace(VectorSpace embeddings, VectorSpace words, double embeddingWeight) implements VectorSpace {
        @Override
        public DocumentVectors transform(List<String> texts) {
            return new HybridVectors((DenseVectors) embeddings.transform(texts), (SparseVectors) words.transform(texts),
                    embeddingWeight);
        }

        /** Counts the embedding, the costly half: the words take microseconds a text. */
        @Override
        public DocumentVectors transform(List<String> texts, LongConsumer done) {
            return new HybridVectors((DenseVectors) embeddings.transform(texts, done),
                    (SparseVectors) words.transform(texts), embeddingWeight);
        }
    }
}
