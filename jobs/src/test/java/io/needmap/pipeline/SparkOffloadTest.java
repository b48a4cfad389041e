package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** When a list goes to Spark: decided without a session, and the session is never asked for to decide. */
class SparkOffloadTest {

    private static final Supplier<SparkSession> NO_SPARK = () -> {
        throw new AssertionError("deciding must not start Spark");
    };

    @Test
    void aListGoesFromTheThresholdOnWhenWanted() {
        SparkOffload offload = new SparkOffload(NO_SPARK, 3, 10, () -> true);
        assertFalse(offload.takes(2));
        assertTrue(offload.takes(3));
        assertTrue(offload.takes(1_000_000));
    }

    @Test
    void noListGoesWhenNotWantedOrEmptyOrWithoutASession() {
        assertFalse(new SparkOffload(NO_SPARK, 0, 10, () -> false).takes(50));
        assertFalse(new SparkOffload(NO_SPARK, 0, 10, () -> true).takes(0));
        assertFalse(new SparkOffload(null, 0, 10, () -> true).takes(50));
    }

    @Test
    void whetherItIsWantedIsAskedAtEachList() {
        AtomicInteger asked = new AtomicInteger();
        SparkOffload offload = new SparkOffload(NO_SPARK, 0, 10, () -> asked.incrementAndGet() > 1);
        assertFalse(offload.takes(5));
        assertTrue(offload.takes(5));
        assertEquals(2, asked.get());
    }

    @Test
    void aPartitionHoldsAtLeastOneText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkOffload(NO_SPARK, 0, 0, () -> true));
        assertEquals("a partition has at least one text, not 0", e.getMessage());
    }
}
