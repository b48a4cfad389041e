package io.needmap.themes.lineage;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@link ThemeLineage#link}.
 *
 * @param persistentIds this run's provisional theme id → persistent id
 * @param events        one per theme of this run and one per retired previous theme, by theme id
 * @param model         this run's themes under their persistent ids, with the next id to use: what
 *                      to write to this run's {@code model/themes.json}
 */
public record LineageResult(Map<Integer, Integer> persistentIds, List<LineageEvent> events, ThemeModel model) {

    public LineageResult {
        persistentIds = Collections.unmodifiableMap(new TreeMap<>(persistentIds));
        events = List.copyOf(events);
    }

    /** The persistent id of the theme with this provisional id. */
    public int persistentId(int provisionalId) {
        Integer id = persistentIds.get(provisionalId);
        if (id == null) {
            throw new IllegalArgumentException("no theme of this run has the provisional id " + provisionalId);
        }
        return id;
    }
}
