package io.needmap.pipeline;

import io.needmap.themes.vectors.DenseVectors;
import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.VectorSpace;
import io.needmap.themes.vectors.Vectoriser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Sentence embeddings on a cluster's executors: from {@value #MIN_TEXTS} texts to embed on, when the master
 * is not local, the texts are split into partitions and each executor embeds its own with the model it
 * loads once per JVM ({@code SentenceEmbeddingVectoriser} keeps one per model); the driver gets the vectors
 * back in input order. Embedding is the costliest work per text (about 2 ms of a core each on this
 * machine's 2 cores, 3,000 texts in 6 s), so a cluster pays off from a few thousand texts: the graph's
 * sample (3,000) and, up to {@code themes.embed_all_up_to}, every text. Fewer texts, and every text on a
 * local master (Spark's tasks would run on the same cores), are embedded in this JVM.
 *
 * <p>Wraps the vectoriser of the embedding model: the space it fits is that model's, so a text's vector is
 * the same wherever it is computed.
 */
public final class SparkEmbeddingVectoriser implements Vectoriser {

    /** Texts to embed from which the executors do it. */
    static final int MIN_TEXTS = 2_000;

    /**
     * Texts per partition: 250 texts are about 0.5 s of one core, small enough that the executors share a
     * 3,000-text sample in twelve tasks.
     */
    static final int TEXTS_PER_PARTITION = 250;

    private final Vectoriser embeddings;
    private final SparkOffload offload;

    public SparkEmbeddingVectoriser(Vectoriser embeddings, Supplier<SparkSession> spark) {
        this(embeddings, spark, MIN_TEXTS, TEXTS_PER_PARTITION, SparkOffload.awayFromThisJvm());
    }

    /** @param onExecutors whether Spark's tasks run away from this JVM (tests say yes on a local master) */
    SparkEmbeddingVectoriser(Vectoriser embeddings, Supplier<SparkSession> spark, int minTexts, int textsPerPartition,
                             BooleanSupplier onExecutors) {
        this.embeddings = embeddings;
        this.offload = new SparkOffload(spark, minTexts, textsPerPartition, onExecutors);
    }

    @Override
    public VectorSpace fit(List<String> texts) {
        return new Space(embeddings.fit(texts), offload);
    }

    /** The model's own loading: the driver still embeds small inputs. */
    @Override
    public void load() {
        embeddings.load();
    }

    /**
     * The model's space, embedding large lists on the executors. Serializable as the model's space alone:
     * sent to an executor it embeds there, in that JVM.
     */
    static final class Space implements VectorSpace {
        private static final long serialVersionUID = 1L;

        private final VectorSpace model;
        private final transient SparkOffload offload;

        Space(VectorSpace model, SparkOffload offload) {
            this.model = model;
            this.offload = offload;
        }

        @Override
        public DocumentVectors transform(List<String> texts) {
            return transform(texts, done -> { });
        }

        @Override
        public DocumentVectors transform(List<String> texts, LongConsumer done) {
            int n = texts.size();
            // sent to an executor, the space has no offload: it embeds there
            if (offload == null || !offload.takes(n)) {
                return model.transform(texts, done);
            }
            VectorSpace embedder = model;
            List<float[]> rows = offload.map("SparkEmbeddingVectoriser: embedding " + n + " texts", texts,
                    (partition, counted) -> {
                        DenseVectors vectors = (DenseVectors) embedder.transform(partition, counted);
                        List<float[]> out = new ArrayList<>(partition.size());
                        for (int i = 0; i < partition.size(); i++) {
                            out.add(vectors.row(i));
                        }
                        return out;
                    }, done);
            // every row has the model's dimension (a blank text's is all zeros)
            return new DenseVectors(rows.toArray(new float[0][]), rows.get(0).length);
        }
    }
}
