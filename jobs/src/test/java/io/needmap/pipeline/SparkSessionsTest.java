package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whether the master is local is known from spark.master (as spark-submit sets it) without a session. */
class SparkSessionsTest {

    private final String before = System.getProperty("spark.master");

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("spark.master");
        } else {
            System.setProperty("spark.master", before);
        }
    }

    @Test
    void withoutAMasterTheRunIsLocal() {
        System.clearProperty("spark.master");
        assertTrue(SparkSessions.localMaster());
    }

    @Test
    void localMastersRunTasksInThisJvmAndClustersDoNot() {
        System.setProperty("spark.master", "local[2]");
        assertTrue(SparkSessions.localMaster());
        System.setProperty("spark.master", "spark://10.0.0.5:7077");
        assertFalse(SparkSessions.localMaster());
        System.setProperty("spark.master", "yarn");
        assertFalse(SparkSessions.localMaster());
        System.setProperty("spark.master", "local-cluster[2,1,1024]");
        assertFalse(SparkSessions.localMaster());
    }
}
