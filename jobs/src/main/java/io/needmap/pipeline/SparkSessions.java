package io.needmap.pipeline;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place that configures Spark. The master is never hard-coded: spark-submit (or
 * {@code -Dspark.master=...}) decides, and without it needmap runs embedded on {@code local[*]}.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * Whether tasks run in this JVM (a {@code local} master), known without starting Spark: the running
     * session's master, or else the master a new session would get.
     */
    public static boolean localMaster() {
        scala.Option<SparkSession> running = SparkSession.getDefaultSession();
        if (running.isDefined()) {
            return running.get().sparkContext().isLocal();
        }
        // what new SparkConf() would read (spark-submit passes the master as this property), without
        // loading Spark's configuration classes: 0.4 s of a local run's main thread (async-profiler)
        String master = System.getProperty("spark.master", "local[*]");
        // local-cluster[...] starts executors in JVMs of their own
        return master.startsWith("local") && !master.startsWith("local-cluster");
    }

    public static SparkSession getOrCreate(String appName) {
        SparkConf conf = new SparkConf(); // reads spark.* system properties, as spark-submit sets them
        conf.setIfMissing("spark.master", "local[*]");
        conf.setAppName(appName);
        // the batch job needs no web UI; shuffles are small, and a fixed partition count keeps
        // results independent of the number of cores
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
