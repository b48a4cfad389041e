package io.needmap.themes.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ThemeCount;
import io.needmap.themes.NeedTexts;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustererContract;
import io.needmap.themes.ThemeClustering;
import io.needmap.themes.assign.LocalAssigner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpectralClustererTest extends ThemeClustererContract {

    @Override
    protected ThemeClusterer clusterer() {
        return SpectralClusterer.lexical();
    }

    @Test
    void autoFindsTheThreeNeeds() {
        List<String> texts = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            texts.addAll(threeNeeds()); // 90 texts: enough for candidates up to k = 3 (20 texts a theme)
        }
        ThemeClustering result = clusterer().cluster(NeedTexts.of(texts), ThemeCount.AUTO, 42);
        assertEquals(3, result.k());
        for (int need = 0; need < 3; need++) {
            Set<Integer> clusters = new HashSet<>();
            for (int i = need; i < texts.size(); i += 3) {
                clusters.add(result.clusterOf(i));
            }
            assertEquals(1, clusters.size(), "need " + need + " is split over " + clusters);
        }
    }

    @Test
    void aSampleFormsTheThemesAndTheRestJoinTheNearest() {
        List<String> texts = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            texts.addAll(threeNeeds());
        }
        SpectralClusterer sampled = SpectralClusterer.lexical(io.needmap.text.AnalysisOptions.defaults(),
                SpectralClusterer.Options.defaults().withSampleSize(40),
                new LocalAssigner());
        ThemeClustering result = sampled.cluster(NeedTexts.of(texts), new ThemeCount(3), 42);
        // every copy of a text lands where its first copy landed
        for (int i = 30; i < texts.size(); i++) {
            assertEquals(result.clusterOf(i % 30), result.clusterOf(i), texts.get(i));
        }
        assertEquals(3, new HashSet<>(listOf(result.clusters())).size());
    }

    @Test
    void aTextFarFromEveryCentreIsUnclustered() {
        List<String> texts = new ArrayList<>(threeNeeds());
        texts.add("vpn"); // one shared word with its theme among many: very low similarity
        texts.add("quarterly budget spreadsheet macro");
        texts.add("budget macro broken");
        ThemeClustering result = clusterer().cluster(NeedTexts.of(texts), new ThemeCount(3), 42);
        for (int i = 0; i < result.size(); i++) {
            assertTrue(result.clusterOf(i) == -1 || result.similarityOf(i) > 0.1, "text " + i);
        }
    }

    @Test
    void canonicalOrderSortsByTextThenPosition() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, SpectralClusterer.canonicalOrder(List.of("b", "a", "c", "a")));
    }

    @Test
    void theSampleIsSeededSortedAndComplete() {
        int[] usable = {0, 2, 4, 6, 8, 10, 12};
        assertArrayEquals(usable, SpectralClusterer.sample(usable, 10, 1));
        int[] sample = SpectralClusterer.sample(usable, 3, 1);
        assertEquals(3, sample.length);
        assertArrayEquals(sample, SpectralClusterer.sample(usable, 3, 1));
        for (int i = 1; i < sample.length; i++) {
            assertTrue(sample[i - 1] < sample[i]);
        }
    }

    private static List<Integer> listOf(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    @Test
    void preferredRowsAreSampledFirstAndTheOthersFillTheRest() {
        int[] preferred = {1, 5, 9};
        int[] others = {0, 2, 3, 4, 6, 7, 8};
        int[] sample = SpectralClusterer.sample(preferred, others, 6, 42);
        assertEquals(6, sample.length);
        List<Integer> chosen = listOf(sample);
        assertTrue(chosen.containsAll(List.of(1, 5, 9)), chosen.toString());
        assertArrayEquals(SpectralClusterer.sample(others, 7, 42), SpectralClusterer.sample(new int[0], others, 7, 42),
                "without preferred rows the sample is the plain one");
        int[] many = {0, 1, 2, 3, 4, 5, 6, 7};
        int[] tickets = {8, 9, 10, 11, 12, 13};
        long preferredTaken = java.util.Arrays.stream(SpectralClusterer.sample(many, tickets, 6, 42)).filter(i -> i < 8).count();
        assertEquals(3, preferredTaken, "at most half the sample while tickets can fill it");
    }
}
