package io.needmap.pipeline;

import io.needmap.model.NeedDocument;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.themes.ThemeEngine;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.lineage.LineageEvent;
import io.needmap.themes.lineage.ThemeModel;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the themes stage found: the run's texts (scrubbed of personal data), the themes, and the theme
 * of every text.
 *
 * @param documents   survey need texts, meeting-note statements and tickets, in that order
 * @param themes      the themes, by id
 * @param assignments one per document, in document order
 * @param lineage     what became of the previous quarter's themes
 * @param model       this run's themes, for the next run
 * @param catalogue   the theme catalogue the run used, or {@code null}
 * @param notes       why fewer themes formed than were asked for, if so
 */
public record Themed(List<NeedDocument> documents, List<Theme> themes, List<ThemeAssignment> assignments,
                     List<LineageEvent> lineage, ThemeModel model, ThemeCatalogue catalogue, List<String> notes) {

    public Themed {
        documents = List.copyOf(documents);
        themes = List.copyOf(themes);
        assignments = List.copyOf(assignments);
        lineage = List.copyOf(lineage);
        notes = List.copyOf(notes);
    }

    static Themed of(List<NeedDocument> documents, ThemeEngine.Result result, ThemeCatalogue catalogue) {
        return new Themed(documents, result.themes(), result.assignments(), result.lineage(), result.model(),
                catalogue, result.notes());
    }

    /** Themes by id, in id order. */
    public Map<Integer, Theme> themeById() {
        Map<Integer, Theme> byId = new TreeMap<>();
        themes.forEach(t -> byId.put(t.id(), t));
        return Collections.unmodifiableMap(byId);
    }

    /** Theme labels by id. */
    public Map<Integer, String> labels() {
        Map<Integer, String> labels = new TreeMap<>();
        themes.forEach(t -> labels.put(t.id(), t.label()));
        return Collections.unmodifiableMap(labels);
    }

    /** The theme id of each record of one origin, by record id ({@link Theme#UNCLUSTERED} for none). */
    public Map<String, Integer> themeOf(NeedDocument.Origin origin) {
        Map<String, Integer> byRecord = new HashMap<>();
        for (ThemeAssignment a : assignments) {
            NeedDocument d = documents.get(a.documentIndex());
            if (d.origin() == origin) {
                byRecord.put(d.recordId(), a.themeId());
            }
        }
        return byRecord;
    }
}
