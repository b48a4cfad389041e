package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Only a YARN cluster-mode driver returns from main after success; every other JVM exits with the code. */
class NeedmapMainTest {

    private static Properties spark(String master, String deployMode) {
        Properties p = new Properties();
        if (master != null) {
            p.setProperty("spark.master", master);
        }
        if (deployMode != null) {
            p.setProperty("spark.submit.deployMode", deployMode);
        }
        return p;
    }

    @Test
    void aYarnClusterModeDriverReturnsSoThatYarnRecordsSuccess() {
        assertTrue(NeedmapMain.returnsOnSuccess(spark("yarn", "cluster")));
    }

    @Test
    void everyOtherJvmExits() {
        assertFalse(NeedmapMain.returnsOnSuccess(spark(null, null)), "./needmap");
        assertFalse(NeedmapMain.returnsOnSuccess(spark("yarn", "client")), "spark-submit, client mode");
        assertFalse(NeedmapMain.returnsOnSuccess(spark("spark://10.0.0.5:7077", "cluster")), "standalone cluster mode");
        assertFalse(NeedmapMain.returnsOnSuccess(spark("k8s://https://api:6443", "cluster")), "Kubernetes");
        assertFalse(NeedmapMain.returnsOnSuccess(spark("local[*]", null)), "a local master");
    }
}
