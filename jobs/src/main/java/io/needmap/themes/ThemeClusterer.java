package io.needmap.themes;

import io.needmap.config.ThemeCount;
import java.util.List;

/**
 * Groups need texts into themes. Implementations are named for how they work; every one passes
 * the shared contract test (empty input, fixed seed, shuffled input, blank texts).
 */
public interface ThemeClusterer {

    /**
     * @param texts need texts; a text with no content word after analysis stays unclustered
     * @param k     how many clusters to form
     * @param seed  seed of every random choice, so the same input gives the same clusters
     */
    ThemeClustering cluster(List<String> texts, ThemeCount k, long seed);

    /**
     * As {@link #cluster(List, ThemeCount, long)}, where the texts marked in {@code firstInSample} (survey
     * answers and meeting notes: the stated needs) are the first a sampling clusterer puts in its sample,
     * and the others (tickets) fill it up. A clusterer that does not sample ignores the marks.
     */
    default ThemeClustering cluster(List<String> texts, ThemeCount k, long seed, java.util.BitSet firstInSample) {
        return cluster(texts, k, seed);
    }
}
