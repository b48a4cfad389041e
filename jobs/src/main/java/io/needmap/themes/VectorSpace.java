package io.needmap.themes;

import java.util.List;

/** A learnt vector space: turns texts into unit vectors (or empty vectors when nothing is known of a text). */
public interface VectorSpace {

    DocumentVectors transform(List<String> texts);
}
