package io.needmap.pipeline;

import io.needmap.config.RunConfig;
import io.needmap.config.ThemeCount;
import io.needmap.themes.ThemeClustering;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Entry points that own a Spark session for the length of one command, so that the command line
 * never touches Spark itself.
 */
public final class SparkJobs {

    private static final String APP = "needmap";

    private SparkJobs() {
    }

    public static RunResult quarterly(RunConfig config, Clock clock, PrintWriter out) throws IOException {
        boolean owned = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.getOrCreate(APP + " " + config.name());
        try {
            return new QuarterlyJob(new MllibKMeansClusterer(spark, config.maxIterations()), clock, out).run(config);
        } finally {
            stopIfOwned(spark, owned);
        }
    }

    public static ThemeClustering themes(List<String> texts, ThemeCount k, long seed, int maxIterations) {
        boolean owned = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.getOrCreate(APP + " themes");
        try {
            return new MllibKMeansClusterer(spark, maxIterations).cluster(texts, k, seed);
        } finally {
            stopIfOwned(spark, owned);
        }
    }

    /** A session that was running before (a test's, a notebook's) is left running for its owner. */
    private static void stopIfOwned(SparkSession spark, boolean owned) {
        if (owned) {
            spark.stop();
        }
    }
}
