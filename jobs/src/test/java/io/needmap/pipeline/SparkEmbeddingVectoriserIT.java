package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.themes.vectors.DenseVectors;
import io.needmap.themes.vectors.SentenceEmbeddingVectoriser;
import io.needmap.themes.vectors.Vectoriser;
import io.needmap.themes.vectors.VectoriserContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Embedding on Spark (told to use it although the tests' master is local; partitions of 3 texts) keeps
 * the vectoriser contract and gives exactly the vectors of the model embedding in this JVM.
 */
class SparkEmbeddingVectoriserIT extends VectoriserContract {

    private static final SentenceEmbeddingVectoriser MODEL =
            new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q);

    @Override
    protected Vectoriser vectoriser() {
        return new SparkEmbeddingVectoriser(MODEL, SharedSpark::session, 0, 3, () -> true);
    }

    @Test
    void sparkAndThisJvmGiveTheSameVectors() {
        List<String> texts = new ArrayList<>();
        String[] needs = {"vpn drops at home", "printer jams on floor %d", "need a second monitor for %d people",
            "password reset takes too long", "", "laptop battery dies after %d minutes"};
        for (int i = 0; i < 40; i++) {
            texts.add(String.format(Locale.ROOT, needs[i % needs.length], i));
        }
        AtomicLong counted = new AtomicLong();

        DenseVectors local = (DenseVectors) MODEL.fit(texts).transform(texts);
        DenseVectors spark = (DenseVectors) new SparkEmbeddingVectoriser(MODEL, SharedSpark::session, 0, 7, () -> true)
                .fit(texts).transform(texts, counted::addAndGet);

        assertEquals(local.size(), spark.size());
        assertEquals(local.dimension(), spark.dimension());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(local.row(i), spark.row(i), "text " + i + ": " + texts.get(i));
        }
        assertEquals(texts.size(), counted.get(), "every text is counted on a local master");
    }

    @Test
    void belowTheThresholdOrOnALocalMasterNoSessionIsAskedFor() {
        List<String> texts = List.of("vpn drops at home", "printer jams");
        DenseVectors local = (DenseVectors) MODEL.fit(texts).transform(texts);
        for (SparkEmbeddingVectoriser inThisJvm : List.of(
                new SparkEmbeddingVectoriser(MODEL, () -> { throw new AssertionError("no Spark"); }, 3, 7, () -> true),
                new SparkEmbeddingVectoriser(MODEL, () -> { throw new AssertionError("no Spark"); }, 0, 7, () -> false))) {
            DenseVectors vectors = (DenseVectors) inThisJvm.fit(texts).transform(texts);
            assertArrayEquals(local.row(0), vectors.row(0));
            assertArrayEquals(local.row(1), vectors.row(1));
        }
    }
}
