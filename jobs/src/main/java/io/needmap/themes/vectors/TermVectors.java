package io.needmap.themes.vectors;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sparse term vectors (term → weight) as themes and catalogue entries describe themselves, and the
 * cosine similarity that compares them. Terms are the output of
 * {@link io.needmap.text.NeedAnalyzer#terms}, so two vectors are comparable only when both were made
 * with that analysis chain.
 *
 * <p>Every result is a {@link TreeMap} (sorted by term): iteration order, and so every sum over a
 * vector, does not depend on hashing, which keeps results bit-for-bit the same between runs.
 */
public final class TermVectors {

    private TermVectors() {
    }

    /** Cosine similarity, 0 when either vector is empty or all zero; in [0, 1] for non-negative weights. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : new TreeMap<>(small).entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double norms = norm(a) * norm(b);
        // rounding can push the cosine of identical vectors a hair above 1
        return norms == 0 ? 0 : Math.min(1.0, dot / norms);
    }

    /** The Euclidean length, summed in term order. */
    public static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : new TreeMap<>(v).values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** The vector scaled to length 1 (an empty or all-zero vector stays as it is), sorted by term. */
    public static Map<String, Double> normalised(Map<String, Double> v) {
        double norm = norm(v);
        TreeMap<String, Double> out = new TreeMap<>();
        v.forEach((term, w) -> out.put(term, norm == 0 ? w : w / norm));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The {@code n} heaviest terms (ties: alphabetically first), sorted by term; zero weights are
     * dropped, since they say nothing about the theme.
     */
    public static Map<String, Double> top(Map<String, Double> v, int n) {
        TreeMap<String, Double> out = new TreeMap<>();
        v.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }
}
