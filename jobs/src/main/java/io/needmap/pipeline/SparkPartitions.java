package io.needmap.pipeline;

import org.apache.spark.api.java.JavaSparkContext;

/** How many partitions a list of texts sent to Spark is split into. */
final class SparkPartitions {

    /** More partitions than this and the scheduling costs more than the split gains. */
    private static final int MAX = 1_000;

    private SparkPartitions() {
    }

    /**
     * Partitions of at most {@code perPartition} texts (a task carries its texts), and at least one per
     * executor core (Spark's default parallelism: the cores of a cluster's executors, or of local[N]), so
     * that every executor takes a share even when the texts would fit one partition; at most {@value #MAX}
     * and never more than the texts. The callers' results do not depend on the split.
     */
    static int count(JavaSparkContext spark, int texts, int perPartition) {
        return count(spark.defaultParallelism(), texts, perPartition);
    }

    /** @param parallelism Spark's default parallelism */
    static int count(int parallelism, int texts, int perPartition) {
        return Math.max(1, Math.min(Math.min(MAX, texts), Math.max(parallelism, (texts + perPartition - 1) / perPartition)));
    }
}
