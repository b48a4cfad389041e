package io.needmap.pipeline;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the integration tests: starting Spark costs seconds, so all
 * tests in the JVM share it. Spark's own shutdown hook stops it when the JVM exits.
 */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.getOrCreate("needmap-tests");
        }
        return session;
    }
}
