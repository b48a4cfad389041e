package io.needmap.themes.vectors;

import java.util.List;

/**
 * A learnt vector space: turns texts into unit vectors (or empty vectors when nothing is known of a
 * text). Serializable, so that Spark executors can vectorise their own partitions; an implementation
 * builds its analyzers inside {@link #transform}, never holds one.
 */
public interface VectorSpace extends java.io.Serializable {

    DocumentVectors transform(List<String> texts);
}
