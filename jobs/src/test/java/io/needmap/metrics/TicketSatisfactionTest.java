package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** CSAT and mean rating of closed tickets, overall and per department, priority and theme. */
class TicketSatisfactionTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");
    private static final Map<Integer, String> LABELS = Map.of(1, "vpn", 2, "printer");

    private static Ticket ticket(String id, String department, String priority, Integer rating) {
        return new Ticket(id, T0, T0.plusSeconds(7200), department, "", priority, "t", "", null, rating);
    }

    private static final List<Ticket> TICKETS = List.of(
            ticket("a", "Finance", "P2", 5), ticket("b", "Finance", "P2", 4), ticket("c", "Finance", "P2", 2),
            ticket("d", "Finance", "", null), ticket("e", "HR", "", 3), ticket("f", "HR", "", 5),
            ticket("g", "Legal", "", 1));
    private static final Map<String, Integer> THEME_OF = Map.of("a", 1, "b", 1, "c", 2, "d", 2, "e", 2);

    @Test
    void overallCsatWithWilsonIntervalAndMeanRating() {
        TicketSatisfaction.Row overall = TicketSatisfaction.compute(TICKETS, THEME_OF, LABELS, 2).get(0);
        // 7 tickets, 6 rated (5, 4, 2, 3, 5, 1), 3 of them 4–5: CSAT 0.5; mean 20/6 = 3.33
        // Wilson 3 of 6: centre (3 + 1.9208)/(6 + 3.8415) = 0.5, half-width 1.96/9.8415 · √(1.5 + 0.9604)
        // = 0.19915 · 1.56855 = 0.31238 → [0.1876, 0.8124]
        assertEquals(new TicketSatisfaction.Row(SegmentType.OVERALL, "All", 7, 6, 3, 0.5, 0.1876, 0.8124, 3.33, false),
                overall);
    }

    @Test
    void departmentsBelowTheMinimumAreSuppressedWithTheirComplement() {
        List<TicketSatisfaction.Row> departments = TicketSatisfaction.compute(TICKETS, THEME_OF, LABELS, 2).stream()
                .filter(r -> r.segmentType() == SegmentType.DEPARTMENT).toList();
        // Finance: 4 tickets, 3 rated, 2 satisfied: 0.6667, mean 11/3 = 3.67;
        // Wilson 2 of 3: centre 3.9208/6.8415 = 0.57308, half-width 0.36542 → [0.2077, 0.9385]
        // Legal: 1 rating < 2 → hidden; HR (2 ratings, the smallest other) hidden too, so Legal cannot be derived
        assertEquals(List.of(
                new TicketSatisfaction.Row(SegmentType.DEPARTMENT, "Finance", 4, 3, 2, 0.6667, 0.2077, 0.9385, 3.67,
                        false),
                new TicketSatisfaction.Row(SegmentType.DEPARTMENT, "HR", 2, 2, 1, 0.5, 0.0945, 0.9055, 4.0, true),
                new TicketSatisfaction.Row(SegmentType.DEPARTMENT, "Legal", 1, 1, 0, 0.0, 0.0, 0.7935, 1.0, true)),
                departments);
    }

    @Test
    void themesComeBeforePrioritiesAndATicketWithoutPriorityIsInNoPriorityRow() {
        List<String> segments = TicketSatisfaction.compute(TICKETS, THEME_OF, LABELS, 2).stream()
                .filter(r -> r.segmentType() == SegmentType.PRIORITY || r.segmentType() == SegmentType.THEME)
                .map(r -> r.segmentType().id() + " " + r.segment() + " " + r.rated()).toList();
        // themes: unclustered f, g; T01 a, b; T02 c, d (unrated), e; priorities: P2 a, b, c (d–g have none)
        assertEquals(List.of("theme unclustered 2", "theme T01 vpn 2", "theme T02 printer 2", "priority P2 3"),
                segments);
    }

    @Test
    void oneRatingBelowTheMinimumSuppressesTheOverallRow() {
        List<TicketSatisfaction.Row> rows = TicketSatisfaction.compute(List.of(ticket("a", "HR", "P1", 5)), Map.of(),
                LABELS, 5);
        // 1 of 1: Wilson [0.2065, 1]
        assertEquals(new TicketSatisfaction.Row(SegmentType.OVERALL, "All", 1, 1, 1, 1.0, 0.2065, 1.0, 5.0, true),
                rows.get(0));
        assertTrue(rows.stream().allMatch(TicketSatisfaction.Row::suppressed));
    }

    @Test
    void noTicketsGiveOneEmptyOverallRow() {
        assertEquals(List.of(new TicketSatisfaction.Row(SegmentType.OVERALL, "All", 0, 0, 0, null, null, null, null,
                false)), TicketSatisfaction.compute(List.of(), Map.of(), LABELS, 5));
    }

    @Test
    void ticketsWithoutRatingsAreCountedButHaveNoCsat() {
        List<TicketSatisfaction.Row> rows = TicketSatisfaction.compute(List.of(ticket("a", "HR", "P1", null)),
                Map.of(), LABELS, 5);
        assertEquals(new TicketSatisfaction.Row(SegmentType.OVERALL, "All", 1, 0, 0, null, null, null, null, false),
                rows.get(0));
    }

    @Test
    void theTableShowsTicketCountsOfSuppressedRowsButNotTheirRatings() {
        Table table = TicketSatisfaction.table(TicketSatisfaction.compute(TICKETS, THEME_OF, LABELS, 2));
        assertEquals(List.of("segment_type", "segment", "tickets", "rated", "satisfied", "csat", "csat_low",
                "csat_high", "mean_rating", "suppressed"), table.columnNames());
        int hr = 2; // overall, Finance, HR
        assertEquals("HR", table.stringColumn("segment").get(hr));
        assertEquals(2, table.intColumn("tickets").get(hr));
        assertTrue(table.intColumn("rated").isMissing(hr));
        assertTrue(table.doubleColumn("csat").isMissing(hr));
        assertTrue(table.doubleColumn("mean_rating").isMissing(hr));
        assertEquals(0.6667, table.doubleColumn("csat").get(1));
    }
}
