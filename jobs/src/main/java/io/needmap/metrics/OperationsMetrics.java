package io.needmap.metrics;

import io.needmap.model.Theme;
import io.needmap.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ticket counts and median resolution time overall, per department and per theme. */
public final class OperationsMetrics {

    private OperationsMetrics() {
    }

    /**
     * @param themeOfTicket the theme id of each ticket (by ticket id); tickets without one count
     *                      as {@link Theme#UNCLUSTERED}
     * @param themeLabels   label of each theme id, used as the segment name "id label"
     */
    public static List<OperationsRow> compute(List<Ticket> tickets, Map<String, Integer> themeOfTicket,
                                              Map<Integer, String> themeLabels) {
        List<OperationsRow> rows = new ArrayList<>();
        rows.add(row(SegmentType.OVERALL, SegmentType.ALL, tickets));
        group(tickets, Ticket::department).forEach((d, members) -> rows.add(row(SegmentType.DEPARTMENT, d, members)));
        Map<Integer, List<Ticket>> byTheme = tickets.stream().collect(Collectors.groupingBy(
                t -> themeOfTicket.getOrDefault(t.ticketId(), Theme.UNCLUSTERED), TreeMap::new, Collectors.toList()));
        byTheme.forEach((id, members) -> rows.add(row(SegmentType.THEME, themeSegment(id, themeLabels), members)));
        return rows;
    }

    /** A theme's segment name: its zero-padded id and label, so that segments sort by id. */
    public static String themeSegment(int id, Map<Integer, String> labels) {
        if (id == Theme.UNCLUSTERED) {
            return "unclustered";
        }
        return String.format(java.util.Locale.ROOT, "T%02d %s", id, labels.getOrDefault(id, ""));
    }

    private static Map<String, List<Ticket>> group(List<Ticket> tickets, Function<Ticket, String> key) {
        return tickets.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static OperationsRow row(SegmentType type, String segment, List<Ticket> tickets) {
        List<Double> hours = tickets.stream().flatMap(t -> t.resolutionHours().stream()).toList();
        OptionalDouble median = Stats.median(hours);
        return new OperationsRow(type, segment, tickets.size(),
                median.isPresent() ? Stats.round(median.getAsDouble(), 2) : null);
    }
}
