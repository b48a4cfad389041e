package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Below its threshold, and on a local master whatever the input, the preparer works in this JVM and never
 * asks for a Spark session.
 */
class SparkTextPreparerTest {

    private static SparkSession noSpark() {
        throw new AssertionError("a small input must not start Spark");
    }

    @Test
    void fewerTextsThanTheThresholdArePreparedWithoutSpark() {
        List<RawText> raws = List.of(new RawText(false, "Faster laptops, thanks Anna Schmidt", null),
                new RawText(true, "VPN drops", "Hi,\n\nthe VPN drops hourly.\n\nThanks,\nTom"));
        AtomicLong counted = new AtomicLong();

        List<String> texts = new SparkTextPreparer(SparkTextPreparerTest::noSpark, 3, 1, () -> true)
                .prepare(raws, new int[] {2, 5}, counted::addAndGet);

        assertEquals(TextPreparer.inThisJvm().prepare(raws, new int[] {2, 5}, done -> { }), texts);
        assertEquals(7, counted.get());
    }

    @Test
    void onALocalMasterTheTextsArePreparedInThisJvmHoweverMany() {
        List<RawText> raws = List.of(new RawText(false, "Faster laptops", null), new RawText(false, "VPN", null));
        assertEquals(List.of("Faster laptops", "VPN"), new SparkTextPreparer(SparkTextPreparerTest::noSpark, 0, 1,
                () -> false).prepare(raws, new int[] {1, 1}, done -> { }));
    }

    @Test
    void noTextsAreNoWork() {
        assertEquals(List.of(), new SparkTextPreparer(SparkTextPreparerTest::noSpark, 0, 1, () -> true)
                .prepare(List.of(), new int[0], done -> { }));
    }
}
