package io.needmap.themes.lineage;

import java.util.List;
import java.util.Map;

/**
 * The layout of {@code model/themes.json}, version {@value ThemeModel#FORMAT_VERSION}: what the
 * writer writes and the reader checks. Keys are snake_case and sorted; an emerging theme's
 * {@code catalogue_name} is null.
 */
record ModelFile(Integer formatVersion, Integer nextId, List<Theme> themes) {

    record Theme(Integer id, String label, String catalogueName, Integer size, Map<String, Double> terms) {
    }

    static ModelFile of(ThemeModel model) {
        return new ModelFile(ThemeModel.FORMAT_VERSION, model.nextId(), model.themes().stream()
                .map(t -> new Theme(t.id(), t.label(), t.emerging() ? null : t.catalogueName(), t.size(), t.terms()))
                .toList());
    }
}
