package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ThemeCount;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.NeedTexts;
import io.needmap.themes.ThemeClustering;
import io.needmap.themes.assign.LocalAssigner;
import io.needmap.themes.assign.ThemeAssigner;
import io.needmap.themes.assign.ThemeAssignerContract;
import io.needmap.themes.cluster.SpectralClusterer;
import io.needmap.themes.vectors.TfIdfVectoriser;
import io.needmap.themes.vectors.VectorSpace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Assigning on Spark keeps the assigner contract (its input split into partitions of 7 texts), and
 * gives exactly what assigning on this machine gives.
 */
class SparkAssignerIT extends ThemeAssignerContract {

    @Override
    protected ThemeAssigner assigner() {
        return new SparkAssigner(SharedSpark::session, 0, 7);
    }

    private static List<String> texts() {
        String[] needs = {"vpn drops at home", "printer jams on floor %d", "password reset needed for %d",
            "laptop battery dies after %d minutes", "teams call audio breaks up", "cannot connect to wifi on floor %d"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            texts.add(String.format(java.util.Locale.ROOT, needs[i % needs.length], i % 7) + (i % 3 == 0 ? " again" : ""));
        }
        texts.add("");
        texts.add("canteen menu");
        return texts;
    }

    @Test
    void sparkAndLocalAssignmentAgree() {
        List<String> texts = texts();
        VectorSpace space = TfIdfVectoriser.defaults().fit(texts);
        double[][] centres = new double[2][];
        // two centres: the first two texts' own vectors, as unit vectors of the space
        for (int c = 0; c < 2; c++) {
            centres[c] = new double[space.transform(List.of(texts.get(c))).dimension()];
            space.transform(List.of(texts.get(c))).addTo(0, centres[c], 1.0);
        }
        ThemeAssigner.Assignment local = new LocalAssigner().assign(texts, space, centres);
        ThemeAssigner.Assignment spark = new SparkAssigner(SharedSpark::session, 0).assign(texts, space, centres);
        assertArrayEquals(local.clusters(), spark.clusters());
        assertArrayEquals(local.similarities(), spark.similarities());
        assertEquals(-1, spark.clusters()[texts.size() - 2], "an empty text has no theme");
    }

    @Test
    void aClustererAssigningOnSparkGivesTheSameThemes() {
        List<String> texts = texts();
        SpectralClusterer.Options sampled = SpectralClusterer.Options.defaults().withSampleSize(200);
        ThemeClustering local = SpectralClusterer.lexical(AnalysisOptions.defaults(), sampled, new LocalAssigner())
                .cluster(NeedTexts.of(texts), new ThemeCount(6), 42);
        ThemeClustering spark = SpectralClusterer.lexical(AnalysisOptions.defaults(), sampled,
                new SparkAssigner(SharedSpark::session, 0)).cluster(NeedTexts.of(texts), new ThemeCount(6), 42);
        assertEquals(local, spark);
        assertTrue(local.k() == 6);
    }
}
