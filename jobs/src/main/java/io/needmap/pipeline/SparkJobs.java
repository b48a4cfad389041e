package io.needmap.pipeline;

import io.needmap.config.RunConfig;
import io.needmap.config.ThemeCount;
import io.needmap.progress.Progress;
import io.needmap.themes.NeedTexts;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.cluster.SpectralClusterer;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.ThemeEngine;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.vectors.SentenceEmbeddingVectoriser;
import io.needmap.themes.vectors.VectorMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Entry points that own a Spark session for the length of one command, so that the command line
 * never touches Spark itself. The session is started only when the work is large enough to need it
 * ({@link RunConfig#sparkMinTexts()}); a small run never pays Spark's start-up.
 */
public final class SparkJobs {

    private static final String APP = "needmap";

    private SparkJobs() {
    }

    public static RunResult quarterly(RunConfig config, Clock clock, PrintWriter out) throws IOException {
        return quarterly(config, clock, out, Progress.none());
    }

    /** @param progress the stages as they run; Spark's tasks count for the stage running them */
    public static RunResult quarterly(RunConfig config, Clock clock, PrintWriter out, Progress progress)
            throws IOException {
        try (LazySession spark = new LazySession(APP + " " + config.name());
             SparkTaskProgress tasks = new SparkTaskProgress(progress, spark)) {
            return new QuarterlyJob(clusterer(config.vectors(), config.analysis(), config.maxIterations(),
                    config.sparkMinTexts(), config.embedAllUpTo(), tasks.session()),
                    new SparkTextPreparer(tasks.session(), config.sparkMinTexts()), clock, out, tasks)
                    .run(config);
        }
    }

    /**
     * Themes of one text column: the quarterly run's theme stage without the rest of the run.
     *
     * @param progress the theme engine's stages as they run; Spark's tasks count for the stage running them
     */
    public static ThemeEngine.Result themes(NeedTexts texts, ThemeCount k, long seed, VectorMode vectors,
                                            AnalysisOptions analysis, ThemeCatalogue catalogue, int maxIterations,
                                            int sparkMinTexts, int embedAllUpTo, Progress progress) {
        try (LazySession spark = new LazySession(APP + " themes");
             SparkTaskProgress tasks = new SparkTaskProgress(progress, spark)) {
            return new ThemeEngine(clusterer(vectors, analysis, maxIterations, sparkMinTexts, embedAllUpTo,
                    tasks.session()), analysis, catalogue, ThemeModel.empty()).withProgress(tasks).build(texts, k, seed);
        }
    }

    static ThemeClusterer clusterer(VectorMode vectors, AnalysisOptions analysis, int maxIterations, int sparkMinTexts,
                                    int embedAllUpTo, Supplier<SparkSession> spark) {
        return SpectralClusterer.of(vectors, analysis,
                SpectralClusterer.Options.defaults().withMaxIterations(maxIterations).withEmbedAllUpTo(embedAllUpTo),
                new SparkAssigner(spark, sparkMinTexts), new SparkEmbeddingVectoriser(
                        new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q), spark));
    }

    /**
     * A session made on first use. One that was running before (a test's, a notebook's) is used and
     * left running for its owner; one made here is stopped at the end.
     */
    static final class LazySession implements Supplier<SparkSession>, AutoCloseable {
        private final String name;
        private SparkSession session;
        private boolean owned;

        LazySession(String name) {
            this.name = name;
        }

        @Override
        public synchronized SparkSession get() {
            if (session == null) {
                owned = SparkSession.getDefaultSession().isEmpty();
                session = SparkSessions.getOrCreate(name);
            }
            return session;
        }

        @Override
        public synchronized void close() {
            if (session != null && owned) {
                session.stop();
            }
        }
    }
}
