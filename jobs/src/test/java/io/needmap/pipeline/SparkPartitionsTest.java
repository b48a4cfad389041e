package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Texts sent to Spark: partitions of at most so many texts, at least one per core, at most 1,000. */
class SparkPartitionsTest {

    @Test
    void aPartitionHoldsAtMostItsShareOfTexts() {
        assertEquals(21, SparkPartitions.count(2, 100_001, 5_000));
        assertEquals(20, SparkPartitions.count(2, 100_000, 5_000));
    }

    @Test
    void everyCoreGetsAPartitionWhenThereAreEnoughTexts() {
        assertEquals(8, SparkPartitions.count(8, 1_000, 5_000));
        assertEquals(3, SparkPartitions.count(8, 3, 5_000), "never more partitions than texts");
    }

    @Test
    void atMostAThousandPartitionsAndAtLeastOne() {
        assertEquals(1_000, SparkPartitions.count(2, 10_000_000, 5_000));
        assertEquals(1, SparkPartitions.count(2, 0, 5_000));
    }
}
