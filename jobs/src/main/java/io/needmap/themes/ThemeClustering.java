package io.needmap.themes;

import java.util.Arrays;

/**
 * The raw result of clustering: for text {@code i}, {@code clusters[i]} is a cluster number
 * 0..k-1 or {@code -1} (unclustered), and {@code similarities[i]} its cosine similarity to the
 * cluster's centre (0 when unclustered).
 *
 * @param k the number of clusters formed (may be less than asked when texts are few)
 */
public record ThemeClustering(int k, int[] clusters, double[] similarities) {

    public ThemeClustering {
        if (clusters.length != similarities.length) {
            throw new IllegalArgumentException("one cluster and one similarity per text");
        }
        clusters = clusters.clone();
        similarities = similarities.clone();
    }

    public static ThemeClustering empty() {
        return new ThemeClustering(0, new int[0], new double[0]);
    }

    public int size() {
        return clusters.length;
    }

    @Override
    public int[] clusters() {
        return clusters.clone();
    }

    @Override
    public double[] similarities() {
        return similarities.clone();
    }

    public int clusterOf(int text) {
        return clusters[text];
    }

    public double similarityOf(int text) {
        return similarities[text];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeClustering other && k == other.k
                && Arrays.equals(clusters, other.clusters) && Arrays.equals(similarities, other.similarities);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * k + Arrays.hashCode(clusters)) + Arrays.hashCode(similarities);
    }

    @Override
    public String toString() {
        return "ThemeClustering[k=" + k + ", texts=" + clusters.length + "]";
    }
}
