package io.needmap.themes.lineage;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The themes of one run with their persistent ids, written to the run's output folder so that the
 * next run can continue them ({@link ThemeModelWriter}, {@link ThemeModelReader}).
 *
 * @param nextId the id the next new theme gets: one more than any id ever used, retired and merged
 *               themes' ids included, so that an id never names two different themes
 * @param themes sorted by id
 */
public record ThemeModel(int nextId, List<ThemeProfile> themes) {

    /** The version of the file layout; a reader refuses any other. */
    public static final int FORMAT_VERSION = 1;

    public ThemeModel {
        themes = themes.stream().sorted(Comparator.comparingInt(ThemeProfile::id)).toList();
        Set<Integer> ids = new HashSet<>();
        for (ThemeProfile theme : themes) {
            if (!ids.add(theme.id())) {
                throw new IllegalArgumentException("theme id " + theme.id() + " is used twice");
            }
            if (theme.id() >= nextId) {
                throw new IllegalArgumentException("next_id " + nextId + " must be greater than every theme id, "
                        + "but theme " + theme.id() + " exists");
            }
        }
        if (nextId < 1) {
            throw new IllegalArgumentException("next_id starts at 1: " + nextId);
        }
    }

    /** Before the first run: no themes, ids start at 1. */
    public static ThemeModel empty() {
        return new ThemeModel(1, List.of());
    }
}
