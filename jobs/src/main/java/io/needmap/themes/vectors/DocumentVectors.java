package io.needmap.themes.vectors;

/**
 * One unit-length (or empty) vector per text, as clustering sees them. Implementations may be sparse
 * (TF-IDF over a vocabulary) or dense (LSA, sentence embeddings); clustering only needs these few
 * operations, so a new vectoriser never touches the clustering code.
 */
public interface DocumentVectors {

    /** Number of texts. */
    int size();

    /** Number of coordinates of every vector. */
    int dimension();

    /** True when text {@code row} has no usable feature (no vector): it stays unclustered. */
    boolean isEmpty(int row);

    /** Dot product of text {@code row} with a dense vector of length {@link #dimension()}. */
    double dot(int row, double[] dense);

    /** Adds {@code weight} times text {@code row} to a dense accumulator. */
    void addTo(int row, double[] accumulator, double weight);

    /** Dot product of two texts' vectors. */
    double dot(int row, int other);
}
