package io.needmap.metrics;

import io.needmap.model.Ticket;
import io.needmap.model.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Requesters' ratings of closed tickets (1–5): CSAT with its Wilson interval and the mean rating,
 * overall, per department, per theme and per priority. A rating is a person's opinion, so a segment
 * with fewer ratings than the anonymity minimum is suppressed like a survey segment.
 */
public final class TicketSatisfaction {

    /**
     * @param tickets tickets in the segment
     * @param rated   tickets with a rating
     */
    public record Row(SegmentType segmentType, String segment, int tickets, int rated, int satisfied, Double csat,
                      Double csatLow, Double csatHigh, Double meanRating, boolean suppressed) {
    }

    private TicketSatisfaction() {
    }

    public static List<Row> compute(List<Ticket> tickets, Map<String, Integer> themeOfTicket,
                                    Map<Integer, String> labels, int minRatings) {
        List<Row> rows = new ArrayList<>();
        Row overall = row(SegmentType.OVERALL, SegmentType.ALL, tickets, false);
        rows.add(overall.rated() > 0 && overall.rated() < minRatings ? row(SegmentType.OVERALL, SegmentType.ALL, tickets, true) : overall);
        rows.addAll(breakdown(SegmentType.DEPARTMENT, group(tickets, Ticket::department), minRatings));
        Map<Integer, List<Ticket>> byId = tickets.stream().collect(Collectors.groupingBy(
                t -> themeOfTicket.getOrDefault(t.ticketId(), Theme.UNCLUSTERED), TreeMap::new, Collectors.toList()));
        Map<String, List<Ticket>> byTheme = new LinkedHashMap<>();
        byId.forEach((id, members) -> byTheme.put(OperationsMetrics.themeSegment(id, labels), members));
        rows.addAll(breakdown(SegmentType.THEME, byTheme, minRatings));
        // tickets without a priority are in no priority row, as in operations.csv
        rows.addAll(breakdown(SegmentType.PRIORITY, group(tickets.stream().filter(t -> !t.priority().isEmpty()).toList(),
                Ticket::priority), minRatings));
        return rows;
    }

    private static Map<String, List<Ticket>> group(List<Ticket> tickets, Function<Ticket, String> key) {
        return tickets.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static List<Row> breakdown(SegmentType type, Map<String, List<Ticket>> groups, int minRatings) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        groups.forEach((segment, members) -> sizes.put(segment,
                members.stream().map(Ticket::satisfaction).filter(Objects::nonNull).count()));
        Set<String> hidden = Suppression.suppressed(sizes, minRatings);
        List<Row> rows = new ArrayList<>();
        groups.forEach((segment, members) -> rows.add(row(type, segment, members, hidden.contains(segment))));
        return rows;
    }

    static Row row(SegmentType type, String segment, List<Ticket> tickets, boolean suppressed) {
        List<Integer> ratings = tickets.stream().map(Ticket::satisfaction).filter(Objects::nonNull).toList();
        int satisfied = (int) ratings.stream().filter(r -> r >= 4).count();
        if (ratings.isEmpty()) {
            return new Row(type, segment, tickets.size(), 0, 0, null, null, null, null, suppressed);
        }
        Interval wilson = Wilson.interval(satisfied, ratings.size());
        return new Row(type, segment, tickets.size(), ratings.size(), satisfied,
                Stats.round((double) satisfied / ratings.size(), 4), Stats.round(wilson.low(), 4),
                Stats.round(wilson.high(), 4), Stats.round(MeanEstimate.of(ratings).mean(), 2), suppressed);
    }

    /** The published table {@code ticket_satisfaction}. Ticket counts are operational and always shown. */
    public static Table table(List<Row> rows) {
        return Columns.of("ticket_satisfaction", rows, Row::suppressed)
                .text("segment_type", r -> r.segmentType().id())
                .text("segment", Row::segment)
                .integer("tickets", Row::tickets)
                .surveyInteger("rated", Row::rated)
                .surveyInteger("satisfied", Row::satisfied)
                .survey("csat", Row::csat)
                .survey("csat_low", Row::csatLow)
                .survey("csat_high", Row::csatHigh)
                .survey("mean_rating", Row::meanRating)
                .suppressedColumn()
                .table();
    }
}
