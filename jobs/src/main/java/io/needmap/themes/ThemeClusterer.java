package io.needmap.themes;

import io.needmap.config.ThemeCount;
import io.needmap.progress.Progress;

/**
 * Groups need texts into themes. Implementations are named for how they work; every one passes
 * the shared contract test (empty input, fixed seed, shuffled input, blank texts).
 */
public interface ThemeClusterer {

    /**
     * @param texts need texts, and which of them are stated needs (a clusterer that samples puts those
     *              first in its sample; one that does not may ignore the marks); a text with no content
     *              word after analysis stays unclustered
     * @param k     how many clusters to form
     * @param seed  seed of every random choice, so the same input gives the same clusters
     */
    ThemeClustering cluster(NeedTexts texts, ThemeCount k, long seed);

    /**
     * {@link #cluster(NeedTexts, ThemeCount, long)}, showing its stages on {@code progress}; a clusterer
     * without stages of its own (this default) shows none. The clustering is the same either way.
     */
    default ThemeClustering cluster(NeedTexts texts, ThemeCount k, long seed, Progress progress) {
        return cluster(texts, k, seed);
    }

    /**
     * Loads what clustering needs before any text is known (a sentence-embedding model), so that a run
     * can do it while it reads its input; {@link #cluster} loads it anyway when this was not called.
     * The clustering is the same either way. Nothing to load by default.
     */
    default void load() {
    }
}
