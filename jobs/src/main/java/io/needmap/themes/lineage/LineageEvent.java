package io.needmap.themes.lineage;

import java.util.List;
import java.util.Locale;

/**
 * What became of one theme between the previous run and this one: one event per theme of this
 * run, and one per previous theme that no theme of this run continues ({@link Kind#RETIRED}).
 *
 * @param event            what happened
 * @param themeId          the theme's persistent id (for a retired theme, its id in the previous run)
 * @param label            its label in this run (for a retired theme, in the previous run)
 * @param previousThemeIds the previous themes it comes from, ascending: one for continued and split,
 *                         several for merged, none for new and retired
 * @param previousLabels   their labels, in the same order
 * @param similarity       cosine similarity of term profiles: the highest with a theme of
 *                         {@code previousThemeIds}; for new and retired themes the highest with any
 *                         theme of the other run, which is below the threshold; NaN when the other run
 *                         has no themes (e.g. the first run)
 * @param size             texts in the theme in this run (0 when retired)
 * @param previousSize     texts in the previous themes it comes from, summed (0 when new); a split
 *                         theme's pieces each show the whole previous theme's size
 */
public record LineageEvent(Kind event, int themeId, String label, List<Integer> previousThemeIds,
                           List<String> previousLabels, double similarity, int size, int previousSize) {

    public enum Kind {
        /** Matches one previous theme, and that theme matches it only: keeps its id. */
        CONTINUED,
        /** Matches no previous theme: a new id. */
        NEW,
        /** Several previous themes match it best: keeps the id of the largest of them. */
        MERGED,
        /** One of several themes that all match the same previous theme best: the largest keeps its id. */
        SPLIT,
        /** A previous theme that matches no theme of this run. */
        RETIRED;

        /** As written in {@code theme_lineage.csv}: lower case. */
        public String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LineageEvent {
        previousThemeIds = List.copyOf(previousThemeIds);
        previousLabels = List.copyOf(previousLabels);
        if (previousThemeIds.size() != previousLabels.size()) {
            throw new IllegalArgumentException("one label per previous theme id");
        }
    }
}
