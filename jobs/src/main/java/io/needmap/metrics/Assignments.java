package io.needmap.metrics;

import io.needmap.model.NeedDocument;
import io.needmap.model.ThemeAssignment;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The theme of every text, one row per survey need text, meeting-note statement and ticket, with the
 * scrubbed text: the link from IT's work to the needs, for notebooks and other tools. A text is
 * written only when its department has at least {@code anonymity.min_quote_group} texts of its source,
 * the rule that lets a text be quoted; the text of a smaller group stays empty, so that no file of the
 * run carries the words of a few people. No workbook shows this table.
 */
public final class Assignments {

    /** Local date-time with the zone's offset, to the second. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Assignments() {
    }

    /**
     * @param assignments one per document, in document order
     * @param zone        the run's time zone, in which the times are written
     */
    public static Table table(List<NeedDocument> documents, List<ThemeAssignment> assignments, ZoneId zone) {
        return table(documents, assignments, zone, 1);
    }

    /** @param minGroup the least number of texts of one source a department needs for its texts to be written */
    public static Table table(List<NeedDocument> documents, List<ThemeAssignment> assignments, ZoneId zone,
                              int minGroup) {
        Map<String, Integer> groupSize = new HashMap<>();
        documents.forEach(d -> groupSize.merge(d.origin() + "\u0000" + d.department(), 1, Integer::sum));
        return Columns.of("assignments", assignments)
                .text("source", a -> documents.get(a.documentIndex()).origin().id())
                .text("record_id", a -> documents.get(a.documentIndex()).recordId())
                .text("department", a -> documents.get(a.documentIndex()).department())
                .text("created_or_submitted", a -> {
                    var at = documents.get(a.documentIndex()).at();
                    return at == null ? "" : at.atZone(zone).withNano(0).format(TIME);
                })
                .integer("theme_id", ThemeAssignment::themeId)
                .text("text", a -> {
                    NeedDocument d = documents.get(a.documentIndex());
                    return groupSize.get(d.origin() + "\u0000" + d.department()) >= minGroup ? d.text() : "";
                })
                .table();
    }
}
