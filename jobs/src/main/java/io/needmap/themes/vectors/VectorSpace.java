package io.needmap.themes.vectors;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * A learnt vector space: turns texts into unit vectors (or empty vectors when nothing is known of a
 * text). Serializable, so that Spark executors can vectorise their own partitions; an implementation
 * builds its analyzers inside {@link #transform}, never holds one.
 */
public interface VectorSpace extends java.io.Serializable {

    DocumentVectors transform(List<String> texts);

    /**
     * {@link #transform(List)}, telling {@code done} how many texts are vectorised as it goes (a space
     * that works in batches tells it after each batch; this default, once at the end). For progress
     * only: the vectors are those of {@link #transform(List)}.
     */
    default DocumentVectors transform(List<String> texts, LongConsumer done) {
        DocumentVectors vectors = transform(texts);
        done.accept(texts.size());
        return vectors;
    }
}
