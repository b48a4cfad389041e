package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.themes.assign.ThemeAssigner;
import io.needmap.themes.vectors.CountingSpace;
import io.needmap.themes.vectors.TfIdfVectoriser;
import io.needmap.themes.vectors.VectorSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * On local[*] the texts Spark assigns are counted by the space's own counter, partition by partition
 * (a broadcast value is the driver's object there), which is why {@link SparkTaskProgress} adds its
 * listener only for masters whose executors are other processes.
 */
class SparkProgressIT {

    @Test
    void onLocalSparkEveryAssignedTextIsCountedOnce() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add((i % 2 == 0 ? "vpn drops at home " : "printer jams on floor ") + i);
        }
        VectorSpace space = TfIdfVectoriser.defaults().fit(texts);
        double[][] centres = new double[2][];
        for (int c = 0; c < 2; c++) {
            centres[c] = new double[space.transform(List.of(texts.get(c))).dimension()];
            space.transform(List.of(texts.get(c))).addTo(0, centres[c], 1.0);
        }
        LongAdder counted = new LongAdder();
        ThemeAssigner.Assignment assigned = new SparkAssigner(SharedSpark::session, 0, 30)
                .assign(texts, new CountingSpace(space, counted::add), centres);
        assertEquals(200, assigned.clusters().length);
        assertEquals(200, counted.sum());
    }
}
