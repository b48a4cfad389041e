package io.needmap.themes.cluster;

import io.needmap.themes.vectors.DenseVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chooses the number of themes for {@code --k auto}: the k whose clustering of the spectral
 * embedding has the highest modularity on the texts' graph, over a fixed grid of candidates.
 *
 * <p>Modularity with resolution γ (Newman, "Modularity and community structure in networks", PNAS
 * 103, 2006; the resolution parameter is Reichardt and Bornholdt's, Phys. Rev. E 74, 2006):
 * Q = Σ_c [ w_in(c) / 2m − γ (d(c) / 2m)² ], where w_in(c) is the weight of links inside theme c
 * (both directions), d(c) the total degree of its texts and 2m the total degree. Q rewards themes
 * whose texts are linked to each other more than chance would link them. With γ = 1 modularity merges
 * themes that share many links, as related needs do ("card not arrived" and "card delivery time"),
 * so γ is raised. γ = 4 was chosen on the BANKING77 train split (10,003 texts, 77 intents): it picks
 * 90–100 themes there with accuracy 0.47–0.48, against 0.47 for γ = 3 and 0.44–0.47 for γ = 5
 * (docs/themes.md, "How k is chosen").
 *
 * <p>The graph of sentence embeddings ({@link #forEmbeddings()}) links texts more evenly than the graph of
 * words, and its modularity is flat between 50 and 60 themes at γ = 4: one k-means run per candidate
 * picked 49 or 60 themes on BANKING77 test depending on the seed (ACC 0.558 to 0.647). On the BANKING77
 * train split (10,003 texts) γ = 5 with the best of 3 runs per candidate picks 60 themes for each of the
 * seeds 42, 1 and 2 (γ = 4: 50; γ = 6: 60 or 70); the same setting picks 20 or 25 themes on
 * StackOverflow20 (20 tags), so it holds at a coarser granularity too.
 *
 * <p>Spectral eigenvalues were tried first (the eigengap heuristic, von Luxburg 2007, §8.3): the
 * spectrum of short-text graphs decays smoothly with no gap to find.
 */
public final class ThemeCountChooser {

    /** Candidate numbers of themes, in order. */
    static final int[] GRID = {2, 3, 5, 8, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100, 120, 150};

    /** Fewer texts than this per theme on average, and the candidate is not tried. */
    static final int MIN_TEXTS_PER_THEME = 20;

    private final double resolution;
    private final int maximum;
    private final int restarts;

    public ThemeCountChooser(double resolution, int maximum) {
        this(resolution, maximum, 1);
    }

    /** @param restarts k-means runs per candidate, the best kept: fewer seeds decide the choice */
    public ThemeCountChooser(double resolution, int maximum, int restarts) {
        if (resolution <= 0 || maximum < 2 || restarts < 1) {
            throw new IllegalArgumentException("resolution must be positive, the maximum at least 2, restarts at least 1");
        }
        this.resolution = resolution;
        this.maximum = maximum;
        this.restarts = restarts;
    }

    /** The chooser for the graph of words (γ = 4, one run per candidate). */
    public static ThemeCountChooser defaults() {
        return new ThemeCountChooser(4.0, 150);
    }

    /** The chooser for the graph of sentence embeddings (γ = 5, best of 3 runs per candidate). */
    public static ThemeCountChooser forEmbeddings() {
        return new ThemeCountChooser(5.0, 150, 3);
    }

    /** The candidates tried for {@code n} texts, smallest first. */
    public int[] candidates(int n) {
        int cap = Math.min(maximum, Math.max(2, n / MIN_TEXTS_PER_THEME));
        return IntStream.of(GRID).filter(k -> k <= cap && k < n).toArray();
    }

    /** The largest candidate for {@code n} texts: the embedding needs that many dimensions. */
    public int maximum(int n) {
        int[] candidates = candidates(n);
        return candidates.length == 0 ? 1 : candidates[candidates.length - 1];
    }

    /** The chosen k, and the clustering of the embedding with it. */
    public record Choice(int k, int[] clusters, double modularity) {
    }

    /**
     * One k-means run per candidate; then, with restarts, the {@value #FINALISTS} candidates of highest
     * modularity are run again with all restarts (the first run among them) and the best of those wins.
     * Restarting every candidate cost 3 s more on a 100,000-ticket run; the contest is only ever between
     * neighbours of the best.
     */
    public Choice choose(KnnGraph graph, DenseVectors embedding, long seed) {
        int[] candidates = candidates(graph.size());
        List<Choice> tried = new ArrayList<>();
        for (int k : candidates) {
            int[] clusters = new SphericalKMeans(1, 30).fit(rows(embedding, k), k, seed).clusters();
            tried.add(new Choice(k, clusters, modularity(graph, clusters, resolution)));
        }
        if (tried.isEmpty()) {
            return new Choice(1, new int[graph.size()], 0);
        }
        if (restarts > 1) {
            List<Choice> finalists = tried.stream()
                    .sorted(Comparator.comparingDouble(Choice::modularity).reversed().thenComparingInt(Choice::k))
                    .limit(FINALISTS).toList();
            tried = new ArrayList<>();
            for (Choice finalist : finalists) {
                int k = finalist.k();
                int[] clusters = new SphericalKMeans(restarts, 30).fit(rows(embedding, k), k, seed).clusters();
                tried.add(new Choice(k, clusters, modularity(graph, clusters, resolution)));
            }
        }
        Choice best = null;
        for (Choice choice : tried) { // ties: the smaller k, as in the order of the candidates
            if (best == null || choice.modularity() > best.modularity()
                    || choice.modularity() == best.modularity() && choice.k() < best.k()) {
                best = choice;
            }
        }
        return best;
    }

    /** Candidates run again with every restart when there are restarts. */
    static final int FINALISTS = 3;

    private static DenseVectors rows(DenseVectors embedding, int k) {
        return SpectralClusterer.leading(embedding, Math.min(k, embedding.dimension()));
    }

    /** Modularity of a partition with resolution γ; nodes in cluster −1 count as outside every theme. */
    static double modularity(KnnGraph graph, int[] clusters, double resolution) {
        int k = Arrays.stream(clusters).max().orElse(-1) + 1;
        double[] inside = new double[Math.max(k, 1)];
        double[] degree = new double[Math.max(k, 1)];
        double total = 0;
        for (int i = 0; i < graph.size(); i++) {
            for (int j = 0; j < graph.degree(i); j++) {
                double w = graph.weight(i, j);
                total += w;
                if (clusters[i] >= 0) {
                    degree[clusters[i]] += w;
                    if (clusters[graph.target(i, j)] == clusters[i]) {
                        inside[clusters[i]] += w;
                    }
                }
            }
        }
        if (total == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / total - resolution * (degree[c] / total) * (degree[c] / total);
        }
        return q;
    }
}
