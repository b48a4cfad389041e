package io.needmap.themes.vectors;

import java.util.List;

/**
 * Texts → vectors, the seam between text analysis and clustering. {@link #fit} learns what it needs
 * from the texts being clustered (a vocabulary and weights, or nothing for a pre-trained model) and
 * returns a {@link VectorSpace} that turns any text into a vector of the same space.
 */
public interface Vectoriser {

    VectorSpace fit(List<String> texts);

    /**
     * Loads what this vectoriser needs before its first text (a model: 2 s for the sentence-embedding
     * model), so that a run can do it while it still reads its input; {@link #fit} and the space load
     * it anyway when this was not called. Nothing to load by default.
     */
    default void load() {
    }
}
