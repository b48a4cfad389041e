package io.needmap.themes.vectors;

import java.util.List;

/**
 * Texts → vectors, the seam between text analysis and clustering. {@link #fit} learns what it needs
 * from the texts being clustered (a vocabulary and weights, or nothing for a pre-trained model) and
 * returns a {@link VectorSpace} that turns any text into a vector of the same space.
 */
public interface Vectoriser {

    VectorSpace fit(List<String> texts);
}
