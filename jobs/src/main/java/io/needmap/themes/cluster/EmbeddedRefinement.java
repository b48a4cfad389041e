package io.needmap.themes.cluster;

import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.vectors.DenseVectors;
import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.HybridVectors;
import io.needmap.themes.vectors.SparseVectors;
import io.needmap.themes.vectors.TfIdfVectoriser;
import io.needmap.themes.vectors.Vectoriser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;

/**
 * Places every text when every text can be embedded: each text gets its own sentence embedding
 * beside its words ({@link HybridVectors}), and the themes the graph found on its sample are the
 * starting centres.
 *
 * <ul>
 *   <li>When the graph saw at least half of the texts, its themes stand: the texts it did not see join
 *       the nearest centre.</li>
 *   <li>When it saw fewer, spherical k-means over all texts, started from the graph's themes, lets every
 *       text shape the centres: a theme learnt from a 15 % sample is a rough draft.</li>
 * </ul>
 *
 * <p>Measured on StackOverflow20 (20,000 titles, k = 20, seeds 42, 1, 2): assigning the 17,000 texts
 * outside a 3,000-text graph by the nearest centre of words gave NMI 0.658, ARI 0.466, ACC 0.666;
 * the nearest embedding centre 0.690 / 0.607 / 0.736; k-means over all texts on the embedding alone
 * 0.695 / 0.629 / 0.749, and on embedding and words 0.703–0.713 / 0.635–0.652 / 0.752–0.780. Keeping
 * the sample fixed and moving only the others reached 0.699–0.701 NMI. On BANKING77 test (3,080 texts,
 * 3,000 in the graph) moving the sampled texts lowered ACC (0.693 → 0.688), hence the half rule.
 * The words weigh {@code 1 − embeddingWeight}: SO20's tags are names (svn, magento, qt) that an
 * embedding model blurs with their neighbours; words keep them apart.
 */
public final class EmbeddedRefinement {

    /** Where every text went: a theme (−1 for none) and the cosine to its centre in the hybrid space. */
    public record Placement(int k, int[] clusters, double[] similarities) {
    }

    private final AnalysisOptions analysis;
    private final Vectoriser embeddings;
    private final TfIdfVectoriser words;
    private final double embeddingWeight;
    private final int maxIterations;

    /**
     * @param analysis        the analysis chain: a text without a content word after it stays unclustered,
     *                        however its embedding looks (a greeting, "thanks!")
     * @param embeddings      the sentence embedding vectoriser (its space needs no fitting)
     * @param words           the words' vectoriser, fitted here on all the texts
     * @param embeddingWeight the embedding's share of a cosine, in [0, 1]
     * @param maxIterations   k-means iterations at most. Capping them at 20 saved 2 s on StackOverflow20 but
     *                        cost 0.015 NMI on two of three seeds (0.698 against 0.713), so the run's own cap holds.
     */
    public EmbeddedRefinement(AnalysisOptions analysis, Vectoriser embeddings, TfIdfVectoriser words,
                              double embeddingWeight, int maxIterations) {
        if (embeddingWeight < 0 || embeddingWeight > 1 || maxIterations < 1) {
            throw new IllegalArgumentException("embedding weight in [0, 1] and at least one iteration");
        }
        this.analysis = analysis;
        this.embeddings = embeddings;
        this.words = words;
        this.embeddingWeight = embeddingWeight;
        this.maxIterations = maxIterations;
    }

    /**
     * @param texts            all texts, in the clusterer's canonical order (blank ones included)
     * @param written          positions of the texts that are not blank
     * @param sample           positions the graph saw, ascending
     * @param sampleClusters   the graph's theme of each sampled text (−1 for none)
     * @param sampleEmbeddings the sampled texts' embeddings when already computed, or null
     * @param seed             seed of k-means (used only to break ties of emptied clusters)
     */
    public Placement place(List<String> texts, int[] written, int[] sample, int[] sampleClusters,
                           DenseVectors sampleEmbeddings, long seed) {
        return place(texts, written, sample, sampleClusters, sampleEmbeddings, seed, done -> { });
    }

    /**
     * {@link #place(List, int[], int[], int[], DenseVectors, long)}, telling {@code embedded} how many of
     * the texts outside the sample are embedded as it goes.
     */
    public Placement place(List<String> texts, int[] written, int[] sample, int[] sampleClusters,
                           DenseVectors sampleEmbeddings, long seed, LongConsumer embedded) {
        int n = texts.size();
        int[] clusters = new int[n];
        double[] similarities = new double[n];
        Arrays.fill(clusters, -1);
        written = withContent(texts, written);
        int m = written.length;
        List<String> writtenTexts = new ArrayList<>(m);
        for (int w : written) {
            writtenTexts.add(texts.get(w));
        }
        DenseVectors dense = embed(writtenTexts, written, sample, sampleEmbeddings, embedded);
        SparseVectors sparse = words.fit(writtenTexts).transform(writtenTexts);
        DocumentVectors vectors = new HybridVectors(dense, sparse, embeddingWeight);

        int[] rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < m; r++) {
            rowOf[written[r]] = r;
        }
        int[] start = new int[m];
        Arrays.fill(start, -1);
        // the graph's themes keep their order, numbered without gaps
        int themes = Arrays.stream(sampleClusters).max().orElse(-1) + 1;
        boolean[] present = new boolean[Math.max(themes, 0)];
        for (int s = 0; s < sample.length; s++) {
            if (sampleClusters[s] >= 0 && rowOf[sample[s]] >= 0) {
                present[sampleClusters[s]] = true;
            }
        }
        int[] renumbered = new int[present.length];
        int k = 0;
        for (int c = 0; c < present.length; c++) {
            renumbered[c] = present[c] ? k++ : -1;
        }
        for (int s = 0; s < sample.length; s++) {
            int row = rowOf[sample[s]];
            if (sampleClusters[s] >= 0 && row >= 0) {
                start[row] = renumbered[sampleClusters[s]];
            }
        }
        if (k == 0) {
            return new Placement(0, clusters, similarities);
        }
        double[][] centres = SpectralClusterer.centres(vectors, start);
        int[] rows;
        double[] rowSimilarities;
        if (2L * sample.length >= m) {
            rows = start.clone();
            rowSimilarities = new double[m];
            boolean[] fixed = new boolean[m];
            for (int r = 0; r < m; r++) {
                fixed[r] = start[r] >= 0;
            }
            int[] free = java.util.stream.IntStream.range(0, m).filter(r -> !fixed[r] && !vectors.isEmpty(r)).toArray();
            SphericalKMeans.assign(vectors, free, centres, rows, rowSimilarities);
            for (int r = 0; r < m; r++) {
                if (fixed[r]) {
                    rowSimilarities[r] = vectors.dot(r, centres[rows[r]]);
                }
            }
        } else {
            SphericalKMeans.Result result = new SphericalKMeans(1, maxIterations)
                    .run(vectors, k, new SplittableRandom(seed), centres);
            rows = result.clusters();
            rowSimilarities = result.similarities();
        }
        for (int r = 0; r < m; r++) {
            clusters[written[r]] = rows[r];
            similarities[written[r]] = rows[r] >= 0 ? rowSimilarities[r] : 0;
        }
        return new Placement(k, clusters, similarities);
    }

    /** The positions whose text keeps a content word after analysis. */
    private int[] withContent(List<String> texts, int[] written) {
        try (Analyzer analyzer = NeedAnalyzer.create(analysis)) {
            return Arrays.stream(written).filter(w -> !NeedAnalyzer.terms(analyzer, texts.get(w)).isEmpty()).toArray();
        }
    }

    /** Embeddings of the written texts, reusing those of the sample when given. */
    private DenseVectors embed(List<String> writtenTexts, int[] written, int[] sample, DenseVectors sampleEmbeddings,
                               LongConsumer embedded) {
        int m = writtenTexts.size();
        float[][] rows = new float[m][];
        List<String> missing = new ArrayList<>();
        List<Integer> missingRows = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            int s = sampleEmbeddings == null ? -1 : Arrays.binarySearch(sample, written[r]);
            if (s >= 0) {
                rows[r] = sampleEmbeddings.row(s);
            } else {
                missing.add(writtenTexts.get(r));
                missingRows.add(r);
            }
        }
        DenseVectors computed = (DenseVectors) embeddings.fit(missing).transform(missing, embedded);
        for (int j = 0; j < missingRows.size(); j++) {
            rows[missingRows.get(j)] = computed.row(j);
        }
        int dimension = sampleEmbeddings != null ? sampleEmbeddings.dimension() : computed.dimension();
        return new DenseVectors(rows, dimension);
    }
}
