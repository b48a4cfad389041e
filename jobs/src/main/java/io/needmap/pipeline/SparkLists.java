package io.needmap.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * A list worked on by Spark's executors, partition by partition, with the results given back in the
 * list's order: the one way the assigner, the text preparer and the embedding send texts to Spark.
 */
final class SparkLists {

    private SparkLists() {
    }

    /** What a task does with its partition: one result per item, in the items' order. */
    interface PartitionWork<T, R> extends Serializable {
        /**
         * @param done told of the work done, in the caller's units; it reaches the caller's counter only in
         *             the driver's JVM (a local master, {@link DriverCounters})
         */
        List<R> apply(List<T> items, LongConsumer done);
    }

    /**
     * The results of {@code work} over {@code items}, split into partitions of at most {@code perPartition}
     * ({@link SparkPartitions}); the result does not depend on the split.
     *
     * @param job the name of the Spark job and its stage (the event log's and web UI's "Stage Name"), which
     *            otherwise would name this class for every caller
     */
    @SuppressWarnings("unchecked")
    static <T, R> List<R> map(JavaSparkContext spark, String job, List<T> items, int perPartition,
                              PartitionWork<T, R> work, LongConsumer done) {
        int n = items.size();
        List<Tuple2<Integer, T>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Tuple2<>(i, items.get(i)));
        }
        spark.setCallSite(job);
        try (DriverCounters.Registration counter = DriverCounters.register(done)) {
            List<Tuple2<Integer, R>> results = spark.parallelize(rows, SparkPartitions.count(spark, n, perPartition))
                    .mapPartitions(new Apply<>(work, counter.key()))
                    .collect();
            Object[] out = new Object[n];
            for (Tuple2<Integer, R> result : results) {
                out[result._1()] = result._2();
            }
            return (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        } finally {
            spark.clearCallSite();
        }
    }

    /** Runs the work on one partition and puts each result beside its item's position. */
    private static final class Apply<T, R> implements FlatMapFunction<Iterator<Tuple2<Integer, T>>, Tuple2<Integer, R>> {
        private final PartitionWork<T, R> work;
        private final String counter;

        Apply(PartitionWork<T, R> work, String counter) {
            this.work = work;
            this.counter = counter;
        }

        @Override
        public Iterator<Tuple2<Integer, R>> call(Iterator<Tuple2<Integer, T>> partition) {
            List<Integer> positions = new ArrayList<>();
            List<T> items = new ArrayList<>();
            partition.forEachRemaining(row -> {
                positions.add(row._1());
                items.add(row._2());
            });
            List<R> results = work.apply(items, done -> DriverCounters.advance(counter, done));
            List<Tuple2<Integer, R>> out = new ArrayList<>(results.size());
            for (int i = 0; i < results.size(); i++) {
                out.add(new Tuple2<>(positions.get(i), results.get(i)));
            }
            return out.iterator();
        }
    }
}
