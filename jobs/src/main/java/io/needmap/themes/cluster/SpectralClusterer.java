package io.needmap.themes.cluster;

import io.needmap.config.ThemeCount;
import io.needmap.progress.Progress;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.NeedTexts;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustering;
import io.needmap.themes.assign.Distinct;
import io.needmap.themes.assign.LocalAssigner;
import io.needmap.themes.assign.ThemeAssigner;
import io.needmap.themes.vectors.CountingSpace;
import io.needmap.themes.vectors.DenseVectors;
import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.HybridVectoriser;
import io.needmap.themes.vectors.SentenceEmbeddingVectoriser;
import io.needmap.themes.vectors.SparseVectors;
import io.needmap.themes.vectors.TfIdfVectoriser;
import io.needmap.themes.vectors.VectorMode;
import io.needmap.themes.vectors.VectorSpace;
import io.needmap.themes.vectors.Vectoriser;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Themes by spectral clustering of the texts' nearest-neighbour graph (Ng, Jordan and Weiss 2001):
 * vectors from a {@link Vectoriser} → k-nearest-neighbour graph by cosine → top eigenvectors of its
 * normalised affinity → spherical k-means on those rows. Short texts share few words, so two texts
 * about one need are often not similar directly but are joined through their neighbours; the graph
 * sees that, plain k-means on the vectors does not. On the BANKING77 train split this raised
 * accuracy from 0.40 (spherical k-means, best of 5) to about 0.47 (see docs/themes.md).
 *
 * <p>Large inputs: the graph is built on a seeded sample of at most {@code sampleSize} texts; the
 * other texts join the theme whose centre (mean vector of its sampled members) is most similar.
 * A text whose similarity to its theme's centre is below {@code minSimilarity}, or that has no
 * vector at all, stays unclustered.
 *
 * <p>Texts are put in a canonical order (by content) before anything else, so the same texts in
 * another order give the same themes.
 */
public final class SpectralClusterer implements ThemeClusterer {

    /** The graph clustering's steps, as progress shows them: graph, eigenvectors, theme count, k-means. */
    static final int CLUSTERING_STEPS = 4;

    /**
     * Tuning knobs, chosen on the BANKING77 train split (docs/themes.md).
     *
     * @param neighbours     neighbours per text in the graph
     * @param iterations     subspace iterations of the eigen-solver
     * @param extraDimensions block columns beyond k, for convergence
     * @param restarts       seeded k-means restarts on the embedding
     * @param sampleSize     at most this many texts form the graph
     * @param minSimilarity  below this cosine to its theme's centre a text stays unclustered
     * @param maxIterations  k-means iterations at most, per restart
     * @param embedAllUpTo   up to this many texts, an embedding mode embeds every text and places it by
     *                       {@link EmbeddedRefinement}; above it, the texts outside the sample are
     *                       assigned by their words (the fast path)
     */
    public record Options(int neighbours, int iterations, int extraDimensions, int restarts, int sampleSize,
                          double minSimilarity, int maxIterations, int embedAllUpTo) {

        /**
         * Texts every one of which is embedded by default: about 25 s of embedding on 2 cores at the
         * 800–1,000 short texts a second measured here, so that 20,000 texts are themed within 40 s.
         */
        public static final int DEFAULT_EMBED_ALL_UP_TO = 25_000;

        public Options {
            if (neighbours < 1 || iterations < 1 || extraDimensions < 0 || restarts < 1 || sampleSize < 2
                    || maxIterations < 1 || embedAllUpTo < 0) {
                throw new IllegalArgumentException("spectral clustering options out of range: " + this);
            }
        }

        public static Options defaults() {
            return new Options(15, 80, 20, 3, 12_000, 0.1, 100, DEFAULT_EMBED_ALL_UP_TO);
        }

        public Options withSampleSize(int value) {
            return new Options(neighbours, iterations, extraDimensions, restarts, value, minSimilarity, maxIterations,
                    embedAllUpTo);
        }

        public Options withMaxIterations(int value) {
            return new Options(neighbours, iterations, extraDimensions, restarts, sampleSize, minSimilarity, value,
                    embedAllUpTo);
        }

        /** These options embedding every text of inputs up to {@code value} texts (0: never). */
        public Options withEmbedAllUpTo(int value) {
            return new Options(neighbours, iterations, extraDimensions, restarts, sampleSize, minSimilarity,
                    maxIterations, value);
        }
    }

    private final Vectoriser vectoriser;
    private final Options options;
    private final ThemeCountChooser chooser;
    private final ThemeAssigner assigner;
    private final Vectoriser assignmentVectoriser;
    private final EmbeddedRefinement refinement;

    public SpectralClusterer(Vectoriser vectoriser, Options options, ThemeCountChooser chooser, ThemeAssigner assigner) {
        this(vectoriser, options, chooser, assigner, null, null);
    }

    /**
     * @param assignmentVectoriser the space in which texts outside the sample are assigned, or null for
     *                             the graph's own; centres there are the means of the sampled members
     */
    public SpectralClusterer(Vectoriser vectoriser, Options options, ThemeCountChooser chooser, ThemeAssigner assigner,
                             Vectoriser assignmentVectoriser) {
        this(vectoriser, options, chooser, assigner, assignmentVectoriser, null);
    }

    /**
     * @param refinement how every text is placed when the input has at most {@link Options#embedAllUpTo()}
     *                   texts, or null to assign the texts outside the sample in the assignment space
     */
    public SpectralClusterer(Vectoriser vectoriser, Options options, ThemeCountChooser chooser, ThemeAssigner assigner,
                             Vectoriser assignmentVectoriser, EmbeddedRefinement refinement) {
        this.vectoriser = vectoriser;
        this.options = options;
        this.chooser = chooser;
        this.assigner = assigner;
        this.assignmentVectoriser = assignmentVectoriser;
        this.refinement = refinement;
    }

    /** The measured defaults: TF-IDF with bigrams, spectral clustering, assignment on this machine. */
    public static SpectralClusterer lexical() {
        return lexical(AnalysisOptions.defaults(), Options.defaults(), new LocalAssigner());
    }

    /**
     * The clusterer of a vector mode. Lexical: the graph and the assignment use TF-IDF. Semantic and
     * hybrid: the graph is built from embeddings of a smaller sample ({@link VectorMode#embeddingSample()});
     * up to {@link Options#embedAllUpTo()} texts every text is embedded too and placed by
     * {@link EmbeddedRefinement}, and beyond that the other texts are assigned by TF-IDF, which costs
     * microseconds a text instead of milliseconds.
     */
    public static SpectralClusterer of(VectorMode mode, AnalysisOptions analysis, Options options, ThemeAssigner assigner) {
        return of(mode, analysis, options, assigner,
                new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q));
    }

    /**
     * The clusterer of a vector mode, with the given vectoriser of sentence embeddings (the model's, or
     * one that computes the model's vectors elsewhere, e.g. on Spark's executors).
     */
    public static SpectralClusterer of(VectorMode mode, AnalysisOptions analysis, Options options, ThemeAssigner assigner,
                                       Vectoriser embeddings) {
        TfIdfVectoriser words = TfIdfVectoriser.with(analysis);
        Options sampled = options.withSampleSize(Math.min(options.sampleSize(), VectorMode.embeddingSample()));
        EmbeddedRefinement refinement = new EmbeddedRefinement(analysis, embeddings, words, VectorMode.hybridEmbeddingWeight(),
                options.maxIterations());
        return switch (mode) {
            case LEXICAL -> new SpectralClusterer(words, options, ThemeCountChooser.defaults(), assigner);
            case SEMANTIC -> new SpectralClusterer(embeddings, sampled, ThemeCountChooser.forEmbeddings(), assigner, words,
                    refinement);
            case HYBRID -> new SpectralClusterer(new HybridVectoriser(embeddings, words, VectorMode.hybridEmbeddingWeight()),
                    sampled, ThemeCountChooser.forEmbeddings(), assigner, words, refinement);
        };
    }

    /** TF-IDF with word pairs over the given analysis chain, and the given options and assigner. */
    public static SpectralClusterer lexical(AnalysisOptions analysis, Options options, ThemeAssigner assigner) {
        return new SpectralClusterer(TfIdfVectoriser.with(analysis), options, ThemeCountChooser.defaults(), assigner);
    }

    /** Loads the graph's vectoriser (the embedding model of the semantic and hybrid modes). */
    @Override
    public void load() {
        vectoriser.load();
    }

    /**
     * Stated needs go first into the graph's sample: they take up to half of it while tickets are left
     * to fill the rest, so that a need seen only in tickets still gets texts in the graph.
     */
    @Override
    public ThemeClustering cluster(NeedTexts needTexts, ThemeCount k, long seed) {
        return cluster(needTexts, k, seed, Progress.none());
    }

    /**
     * Shows three stages: the sample's vectors ({@code embedding}, or {@code vectorising} for words
     * alone), the graph's {@code clustering} (its {@value #CLUSTERING_STEPS} steps: graph, eigenvectors,
     * theme count, k-means), and the {@code assignment} of the other texts (embedded and placed, or
     * assigned by their words).
     */
    @Override
    public ThemeClustering cluster(NeedTexts needTexts, ThemeCount k, long seed, Progress progress) {
        List<String> texts = needTexts.texts();
        int n = texts.size();
        int[] clusters = new int[n];
        double[] similarities = new double[n];
        Arrays.fill(clusters, -1);
        int[] order = canonicalOrder(texts);
        List<String> canonical = Arrays.stream(order).mapToObj(i -> texts.get(i) == null ? "" : texts.get(i)).toList();
        int[] written = IntStream.range(0, n).filter(i -> !canonical.get(i).isBlank()).toArray();
        if (written.length == 0) {
            return new ThemeClustering(0, clusters, similarities);
        }
        // the themes are formed on a sample; the vector space is learnt from the same sample
        int[] preferred = Arrays.stream(written).filter(i -> needTexts.isStatedNeed(order[i])).toArray();
        int[] others = Arrays.stream(written).filter(i -> !needTexts.isStatedNeed(order[i])).toArray();
        int[] sample = sample(preferred, others, options.sampleSize(), seed);
        List<String> sampleTexts = Arrays.stream(sample).mapToObj(canonical::get).toList();
        VectorSpace space;
        DocumentVectors sampleVectors;
        try (Progress.Stage stage = progress.start(vectoriser instanceof TfIdfVectoriser ? "vectorising" : "embedding",
                "texts", sampleTexts.size())) {
            space = vectoriser.fit(sampleTexts);
            sampleVectors = space.transform(sampleTexts, stage::advance);
            stage.finish();
        }
        int[] usable = SphericalKMeans.usableRows(sampleVectors);
        if (usable.length == 0) {
            return new ThemeClustering(0, clusters, similarities);
        }
        DocumentVectors graphVectors = subset(sampleVectors, usable);
        int[] graphClusters;
        try (Progress.Stage stage = progress.start("clustering", "steps", CLUSTERING_STEPS)) {
            graphClusters = clusterSample(graphVectors, k, seed, stage);
            stage.finish(String.format(Locale.ROOT, "%d clusters of %,d sampled texts",
                    Arrays.stream(graphClusters).filter(c -> c >= 0).distinct().count(), graphClusters.length));
        }
        int[] sampleClusters = new int[sample.length];
        Arrays.fill(sampleClusters, -1);
        for (int u = 0; u < usable.length; u++) {
            sampleClusters[usable[u]] = graphClusters[u];
        }
        int[] canonicalClusters;
        double[] canonicalSimilarities;
        int themes;
        if (refinement != null && written.length <= options.embedAllUpTo()) {
            // the texts outside the sample are embedded and placed: their count, an upper bound (texts
            // without a content word are left out), is the stage's total
            try (Progress.Stage stage = progress.start("assignment", "texts", written.length - sample.length)) {
                EmbeddedRefinement.Placement placed = refinement.place(canonical, written, sample, sampleClusters,
                        sampleVectors instanceof DenseVectors dense ? dense : null, seed, stage::advance);
                canonicalClusters = placed.clusters();
                canonicalSimilarities = placed.similarities();
                themes = placed.k();
                stage.finish();
            }
        } else {
            // the texts outside the sample join the nearest centre in the assignment space: the same
            // space, or a cheaper one (words) when the graph's vectors are costly (embeddings)
            VectorSpace assignmentSpace = assignmentVectoriser == null ? space : assignmentVectoriser.fit(sampleTexts);
            DocumentVectors assignmentVectors = assignmentVectoriser == null ? sampleVectors
                    : assignmentSpace.transform(sampleTexts);
            double[][] centres = centres(assignmentVectors, sampleClusters);
            int[] assigned = new int[n];
            canonicalClusters = assigned;
            canonicalSimilarities = new double[n];
            Arrays.fill(assigned, -1);
            boolean[] sampled = new boolean[n];
            for (int s = 0; s < sample.length; s++) {
                sampled[sample[s]] = true;
                int c = sampleClusters[s];
                if (c >= 0 && centres[c] != null) {
                    canonicalClusters[sample[s]] = c;
                    canonicalSimilarities[sample[s]] = assignmentVectors.dot(s, centres[c]);
                }
            }
            // texts outside the sample, and sampled texts the graph left isolated
            int[] rest = IntStream.range(0, n).filter(i -> !canonical.get(i).isBlank()
                    && (!sampled[i] || assigned[i] < 0)).toArray();
            // each distinct text once: tickets repeat themselves, and a text's theme depends only on the text
            Distinct<String> distinct = Distinct.of(Arrays.stream(rest).mapToObj(canonical::get).toList());
            try (Progress.Stage stage = progress.start("assignment", "distinct texts", distinct.unique().size())) {
                if (rest.length > 0) {
                    ThemeAssigner.Assignment nearest = distinct.spread(assigner.assign(distinct.unique(),
                            new CountingSpace(assignmentSpace, stage::advance), centres));
                    for (int r = 0; r < rest.length; r++) {
                        canonicalClusters[rest[r]] = nearest.clusters()[r];
                        canonicalSimilarities[rest[r]] = nearest.similarities()[r];
                    }
                }
                stage.finish(String.format(Locale.ROOT, "%,d texts, %,d of them distinct", rest.length,
                        distinct.unique().size()));
            }
            themes = centres.length;
        }
        for (int position = 0; position < n; position++) {
            boolean fits = canonicalClusters[position] >= 0 && canonicalSimilarities[position] > options.minSimilarity();
            clusters[order[position]] = fits ? canonicalClusters[position] : -1;
            similarities[order[position]] = fits ? canonicalSimilarities[position] : 0;
        }
        return new ThemeClustering(themes, clusters, similarities);
    }

    /** Spectral clustering of the sample's usable vectors; every row gets a cluster. */
    private int[] clusterSample(DocumentVectors vectors, ThemeCount k, long seed, Progress.Stage steps) {
        int m = vectors.size();
        int wanted = k.isAuto() ? 0 : Math.min(k.fixed(), m);
        if (m <= 2 || wanted >= m - 1) {
            // too few texts for a graph to say anything: k-means on the vectors themselves
            int[] clusters = new SphericalKMeans(1, 50).fit(vectors, Math.max(1, wanted), seed).clusters();
            steps.advance(CLUSTERING_STEPS);
            return clusters;
        }
        KnnGraph graph = KnnGraph.build(vectors, Math.min(options.neighbours(), m - 1));
        steps.advance(1);
        int dimensions = wanted > 0 ? wanted : chooser.maximum(m);
        SpectralEmbedding embedding = SpectralEmbedding.of(graph, dimensions, options.extraDimensions(),
                options.iterations(), seed);
        steps.advance(1);
        int chosen = wanted > 0 ? wanted : chooser.choose(graph, embedding.vectors(), seed).k();
        steps.advance(1);
        DenseVectors rows = chosen == embedding.vectors().dimension()
                ? embedding.vectors() : leading(embedding.vectors(), chosen);
        int[] result = new SphericalKMeans(options.restarts(), options.maxIterations()).fit(rows, chosen, seed).clusters();
        steps.advance(1);
        // a text the graph left isolated has an empty row: it joins the most similar centre later
        return result;
    }

    /** Text positions sorted by text, ties by position: the canonical order. */
    static int[] canonicalOrder(List<String> texts) {
        return IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> texts.get(i) == null ? "" : texts.get(i))
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The preferred rows first, then a seeded sample of the others. Preferred rows take at most half the
     * sample while there are others to fill it (a seeded sample of them when they are more), so that
     * a need seen only in tickets still gets texts in the graph.
     */
    static int[] sample(int[] preferred, int[] others, int size, long seed) {
        int[] first = sample(preferred, Math.max(size / 2, size - others.length), seed + 1);
        int[] rest = sample(others, size - first.length, seed); // without preferred rows: the plain sample
        int[] all = new int[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        Arrays.sort(all);
        return all;
    }

    /** A seeded sample of the usable rows, in ascending order; all of them when they are few. */
    static int[] sample(int[] usable, int size, long seed) {
        if (usable.length <= size) {
            return usable.clone();
        }
        int[] pool = usable.clone();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < size; i++) { // partial Fisher–Yates
            int j = i + random.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] chosen = Arrays.copyOf(pool, size);
        Arrays.sort(chosen);
        return chosen;
    }

    static DocumentVectors subset(DocumentVectors vectors, int[] rows) {
        if (rows.length == vectors.size()) {
            return vectors;
        }
        if (vectors instanceof SparseVectors sparse) {
            return sparse.rows(rows);
        }
        DenseVectors dense = (DenseVectors) vectors;
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = dense.row(rows[i]);
        }
        return new DenseVectors(out, dense.dimension());
    }

    /** The first {@code d} coordinates of each row, scaled to unit length again. */
    static DenseVectors leading(DenseVectors vectors, int d) {
        float[][] out = new float[vectors.size()][];
        for (int i = 0; i < out.length; i++) {
            float[] row = Arrays.copyOf(vectors.row(i), d);
            double norm = 0;
            for (float x : row) {
                norm += x * x;
            }
            if (norm > 0) {
                float inverse = (float) (1 / Math.sqrt(norm));
                for (int c = 0; c < d; c++) {
                    row[c] *= inverse;
                }
            }
            out[i] = row;
        }
        return new DenseVectors(out, d);
    }

    /** Unit mean vector of each cluster's members (null for a cluster with none). */
    static double[][] centres(DocumentVectors vectors, int[] clusters) {
        int k = Arrays.stream(clusters).max().orElse(-1) + 1;
        double[][] centres = new double[k][];
        for (int i = 0; i < clusters.length; i++) {
            int c = clusters[i];
            if (c >= 0) {
                if (centres[c] == null) {
                    centres[c] = new double[vectors.dimension()];
                }
                vectors.addTo(i, centres[c], 1.0);
            }
        }
        for (double[] centre : centres) {
            if (centre != null) {
                SphericalKMeans.normalise(centre);
            }
        }
        return centres;
    }
}
