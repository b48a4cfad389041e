package io.needmap.pipeline;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * When a list of texts goes to Spark, and in what partitions: from {@code minItems} items on, and only
 * while {@code wanted} says so, split into partitions of at most {@code perPartition} items. The one
 * decision the text preparer, the embedding and the assigner each make; the session is asked for only
 * when a list goes.
 *
 * @param wanted whether Spark should do the work now (the preparer and the embedding: only when the
 *               tasks run away from this JVM, {@link #awayFromThisJvm()}; the assigner: always)
 */
record SparkOffload(Supplier<SparkSession> spark, int minItems, int perPartition, BooleanSupplier wanted) {

    SparkOffload {
        if (perPartition < 1) {
            throw new IllegalArgumentException("a partition has at least one text, not " + perPartition);
        }
    }

    /** Whether Spark's tasks run away from this JVM: a master that is not local. */
    static BooleanSupplier awayFromThisJvm() {
        return () -> !SparkSessions.localMaster();
    }

    /** Whether {@code n} items go to Spark. */
    boolean takes(int n) {
        return spark != null && n > 0 && n >= minItems && wanted.getAsBoolean();
    }

    /** The session's context, for what the tasks share (broadcasts). */
    JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(spark.get().sparkContext());
    }

    /** {@link SparkLists#map} over this offload's partitions. */
    <T, R> List<R> map(String job, List<T> items, SparkLists.PartitionWork<T, R> work, LongConsumer done) {
        return map(context(), job, items, work, done);
    }

    /** {@link SparkLists#map} over this offload's partitions, on a context already asked for. */
    <T, R> List<R> map(JavaSparkContext context, String job, List<T> items, SparkLists.PartitionWork<T, R> work,
                       LongConsumer done) {
        return SparkLists.map(context, job, items, perPartition, work, done);
    }
}
