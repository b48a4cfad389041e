package io.needmap.themes.cluster;

import io.needmap.themes.vectors.DocumentVectors;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spherical k-means (Dhillon and Modha, "Concept decompositions for large sparse text data using
 * clustering", Machine Learning 42, 2001): unit vectors, cosine similarity, centres re-normalised to
 * unit length after each update. Started by k-means++ seeding (Arthur and Vassilvitskii, SODA 2007)
 * with distance 1 − cos; the best of several seeded restarts (largest total similarity) wins.
 *
 * <p>Plain Java. Assignment runs over the rows in parallel, each row to its own slot; sums run over
 * the rows in order; so the result depends only on the vectors, k, and the seed.
 */
public final class SphericalKMeans {

    /** A converged run. {@code clusters[i]} is −1 for empty rows. */
    public record Result(int k, int[] clusters, double[] similarities, double[][] centres, double objective) {
    }

    private final int restarts;
    private final int maxIterations;

    public SphericalKMeans(int restarts, int maxIterations) {
        if (restarts < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("restarts and iterations must be at least 1");
        }
        this.restarts = restarts;
        this.maxIterations = maxIterations;
    }

    public Result fit(DocumentVectors vectors, int k, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        Result best = null;
        for (int r = 0; r < restarts; r++) {
            Result run = run(vectors, k, new SplittableRandom(seeds.nextLong()), null);
            if (best == null || run.objective() > best.objective()) {
                best = run;
            }
        }
        return best;
    }

    /** One run from the given initial centres (k-means++ when null). */
    public Result run(DocumentVectors vectors, int k, SplittableRandom random, double[][] initial) {
        int n = vectors.size();
        int[] usable = usableRows(vectors);
        int kk = Math.min(k, usable.length);
        int[] clusters = new int[n];
        double[] similarities = new double[n];
        Arrays.fill(clusters, -1);
        if (kk == 0) {
            return new Result(0, clusters, similarities, new double[0][], 0);
        }
        double[][] centres = initial != null ? initial : plusPlus(vectors, usable, kk, random);
        kk = centres.length;
        double objective = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            boolean changed = assign(vectors, usable, centres, clusters, similarities);
            objective = 0;
            for (int row : usable) {
                objective += similarities[row];
            }
            if (!changed && iteration > 0) {
                break;
            }
            centres = update(vectors, usable, clusters, similarities, kk, centres.length == 0 ? 0 : centres[0].length);
        }
        return new Result(kk, clusters, similarities, centres, objective);
    }

    static int[] usableRows(DocumentVectors vectors) {
        return java.util.stream.IntStream.range(0, vectors.size()).filter(i -> !vectors.isEmpty(i)).toArray();
    }

    /** Assigns each usable row to its most similar centre; true when any assignment changed. */
    static boolean assign(DocumentVectors vectors, int[] usable, double[][] centres, int[] clusters, double[] similarities) {
        // rows in parallel: each row's nearest centre goes to its own slot
        boolean[] changed = new boolean[1];
        java.util.stream.IntStream.range(0, usable.length).parallel().forEach(u -> {
            int row = usable[u];
            int bestCluster = 0;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < centres.length; c++) {
                double s = vectors.dot(row, centres[c]);
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    bestCluster = c;
                }
            }
            if (clusters[row] != bestCluster) {
                clusters[row] = bestCluster;
                changed[0] = true; // only ever set to true: a race cannot lose it
            }
            similarities[row] = bestSimilarity;
        });
        return changed[0];
    }

    /** Mean direction of each cluster; an emptied cluster takes the row that fits its own cluster worst. */
    private static double[][] update(DocumentVectors vectors, int[] usable, int[] clusters, double[] similarities,
                                     int k, int dimension) {
        double[][] centres = new double[k][vectors.dimension()];
        int[] sizes = new int[k];
        for (int row : usable) {
            vectors.addTo(row, centres[clusters[row]], 1.0);
            sizes[clusters[row]]++;
        }
        boolean[] taken = new boolean[vectors.size()];
        for (int c = 0; c < k; c++) {
            if (sizes[c] == 0) {
                int worst = -1;
                for (int row : usable) {
                    if (!taken[row] && (worst < 0 || similarities[row] < similarities[worst])) {
                        worst = row;
                    }
                }
                taken[worst] = true;
                vectors.addTo(worst, centres[c], 1.0);
            }
            normalise(centres[c]);
        }
        return centres;
    }

    static void normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            double scale = 1.0 / Math.sqrt(norm);
            for (int j = 0; j < v.length; j++) {
                v[j] *= scale;
            }
        }
    }

    /** k-means++ seeding: each next centre is a row drawn with probability ∝ (1 − cos to its nearest centre)². */
    static double[][] plusPlus(DocumentVectors vectors, int[] usable, int k, SplittableRandom random) {
        double[][] centres = new double[k][];
        double[] distance = new double[usable.length];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        int first = usable[random.nextInt(usable.length)];
        centres[0] = new double[vectors.dimension()];
        vectors.addTo(first, centres[0], 1.0);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < usable.length; i++) {
                double d = Math.max(0, 1 - vectors.dot(usable[i], centres[c - 1]));
                distance[i] = Math.min(distance[i], d * d);
                total += distance[i];
            }
            int chosen;
            if (total <= 0) {
                chosen = usable[random.nextInt(usable.length)];
            } else {
                double target = random.nextDouble() * total;
                int i = 0;
                double cumulative = distance[0];
                while (cumulative < target && i < usable.length - 1) {
                    cumulative += distance[++i];
                }
                chosen = usable[i];
            }
            centres[c] = new double[vectors.dimension()];
            vectors.addTo(chosen, centres[c], 1.0);
        }
        return centres;
    }
}
