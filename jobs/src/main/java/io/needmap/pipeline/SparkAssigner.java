package io.needmap.pipeline;

import io.needmap.themes.assign.LocalAssigner;
import io.needmap.themes.assign.ThemeAssigner;
import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.VectorSpace;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Assigns texts to themes on Spark once there are at least {@code minTexts} of them: the vector
 * space and the centres are broadcast, and each partition vectorises its own texts (one analyzer per
 * partition, built inside {@link VectorSpace#transform}) and finds their nearest centres. Fewer texts
 * are assigned on this machine, where starting Spark would cost more than the work.
 *
 * <p>The session is asked for only when it is needed, so a small run never starts Spark.
 */
public final class SparkAssigner implements ThemeAssigner {

    /**
     * Texts per partition: the partition count follows the data, not the cores. The texts travel in
     * the tasks, and 50,000 generated tickets made tasks of 4.8 MB, above the 1,000 KiB Spark warns of
     * on the console; 5,000 keep a task near 500 KiB.
     */
    private static final int TEXTS_PER_PARTITION = 5_000;

    private final SparkOffload offload;
    private final ThemeAssigner local = new LocalAssigner();

    public SparkAssigner(Supplier<SparkSession> spark, int minTexts) {
        this(spark, minTexts, TEXTS_PER_PARTITION);
    }

    /** @param textsPerPartition other than the default only in tests, which split small inputs */
    SparkAssigner(Supplier<SparkSession> spark, int minTexts, int textsPerPartition) {
        // from minTexts on, on any master: assigning is light per text, and Spark spreads it over the cores
        this.offload = new SparkOffload(spark, minTexts, textsPerPartition, () -> true);
    }

    @Override
    public Assignment assign(List<String> texts, VectorSpace space, double[][] centres) {
        int n = texts.size();
        if (!offload.takes(n)) {
            return local.assign(texts, space, centres);
        }
        JavaSparkContext jsc = offload.context();
        Broadcast<VectorSpace> sharedSpace = jsc.broadcast(space);
        Broadcast<double[][]> sharedCentres = jsc.broadcast(centres);
        try {
            List<Placement> placements = offload.map(jsc, "SparkAssigner: assigning " + n + " texts to themes",
                    texts, new AssignPartition(sharedSpace, sharedCentres), done -> { });
            int[] clusters = new int[n];
            double[] similarities = new double[n];
            for (int i = 0; i < n; i++) {
                clusters[i] = placements.get(i).cluster();
                similarities[i] = placements.get(i).similarity();
            }
            return new Assignment(clusters, similarities);
        } finally {
            sharedSpace.destroy();
            sharedCentres.destroy();
        }
    }

    /** Where one text landed. */
    record Placement(int cluster, double similarity) implements Serializable {
    }

    /** Vectorises one partition with one analyzer and finds each text's nearest centre. */
    static final class AssignPartition implements SparkLists.PartitionWork<String, Placement> {
        private final Broadcast<VectorSpace> space;
        private final Broadcast<double[][]> centres;

        AssignPartition(Broadcast<VectorSpace> space, Broadcast<double[][]> centres) {
            this.space = space;
            this.centres = centres;
        }

        @Override
        public List<Placement> apply(List<String> texts, LongConsumer done) {
            DocumentVectors vectors = space.value().transform(texts);
            int[] clusters = new int[texts.size()];
            double[] similarities = new double[texts.size()];
            List<Placement> out = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                ThemeAssigner.nearest(vectors, i, centres.value(), clusters, similarities, i);
                out.add(new Placement(clusters[i], similarities[i]));
            }
            return out;
        }
    }
}
