package io.needmap.pipeline;

import io.needmap.privacy.PiiScrubber;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Cleans and scrubs the raw texts on a cluster's executors once there are at least {@code minTexts}
 * distinct ones: each partition builds its own scrubber and cleans and scrubs its texts; the driver gets
 * the prepared texts back in input order. Fewer texts, and the texts of a run on a local master, are
 * prepared in this JVM ({@link TextPreparer#inThisJvm()}): on a local master Spark's tasks would run on
 * the same cores, and serialising every text into them and back cost 10 s and 850 MB more on the
 * 1,000,000-ticket run (analysis 40.8 s against 30.3 s; peak RSS 3,572 MB against 2,724 MB). The session
 * is asked for only when it is needed.
 */
public final class SparkTextPreparer implements TextPreparer {

    /**
     * Raw texts per partition: the texts travel in the tasks; a ticket's summary and description are
     * about 300 bytes, so 5,000 keep a task near 1.5 MB.
     */
    private static final int TEXTS_PER_PARTITION = 5_000;

    private final SparkOffload offload;
    private final TextPreparer local = TextPreparer.inThisJvm();

    public SparkTextPreparer(Supplier<SparkSession> spark, int minTexts) {
        this(spark, minTexts, TEXTS_PER_PARTITION, SparkOffload.awayFromThisJvm());
    }

    /**
     * @param textsPerPartition other than the default only in tests, which split small inputs
     * @param onExecutors       whether Spark's tasks run away from this JVM (tests say yes on a local master)
     */
    SparkTextPreparer(Supplier<SparkSession> spark, int minTexts, int textsPerPartition, BooleanSupplier onExecutors) {
        this.offload = new SparkOffload(spark, minTexts, textsPerPartition, onExecutors);
    }

    @Override
    public List<String> prepare(List<RawText> raws, int[] weights, LongConsumer done) {
        int n = raws.size();
        if (!offload.takes(n)) {
            return local.prepare(raws, weights, done);
        }
        List<Weighted> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(new Weighted(raws.get(i), weights[i]));
        }
        return offload.map("SparkTextPreparer: cleaning and scrubbing " + n + " texts", items,
                SparkTextPreparer::preparePartition, done);
    }

    /** A raw text and how many documents it stands for. */
    record Weighted(RawText raw, int weight) implements Serializable {
    }

    /** Cleans and scrubs one partition with one scrubber, counting the documents each text stands for. */
    static List<String> preparePartition(List<Weighted> partition, LongConsumer done) {
        PiiScrubber scrubber = PiiScrubber.builder().build();
        List<String> out = new ArrayList<>(partition.size());
        for (Weighted w : partition) {
            out.add(scrubber.scrub(w.raw().cleaned()));
            done.accept(w.weight());
        }
        return out;
    }
}
