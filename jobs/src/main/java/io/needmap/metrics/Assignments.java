package io.needmap.metrics;

import io.needmap.model.NeedDocument;
import io.needmap.model.ThemeAssignment;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The theme of every text, one row per survey need text, meeting-note statement and ticket, without
 * the text itself: the link from IT's work to the needs, for notebooks and other tools.
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
        return Columns.of("assignments", assignments)
                .text("source", a -> documents.get(a.documentIndex()).origin().id())
                .text("record_id", a -> documents.get(a.documentIndex()).recordId())
                .text("department", a -> documents.get(a.documentIndex()).department())
                .text("created_or_submitted", a -> {
                    var at = documents.get(a.documentIndex()).at();
                    return at == null ? "" : at.atZone(zone).withNano(0).format(TIME);
                })
                .integer("theme_id", ThemeAssignment::themeId)
                .table();
    }
}
