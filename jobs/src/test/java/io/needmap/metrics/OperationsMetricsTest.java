package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Ticket counts, resolution hours, backlog, effort, reopens and SLA attainment overall, per department,
 * per theme and per priority; every expected value is computed by hand in the comments.
 */
class OperationsMetricsTest {

    private static final Instant T0 = Instant.parse("2026-08-14T08:00:00Z");

    private static Ticket ticket(String id, String department, Duration toResolve) {
        return new Ticket(id, T0, toResolve == null ? null : T0.plus(toResolve), department,
                "", "", "s", "", null, null);
    }

    private static final List<Ticket> TICKETS = List.of(
            ticket("T1", "Finance", Duration.ofHours(2)),
            ticket("T2", "Finance", Duration.ofHours(4)),
            ticket("T3", "Finance", null),                 // open
            ticket("T4", "HR", Duration.ofMinutes(90)),
            ticket("T5", "HR", null),                      // open
            ticket("T6", "Sales", null));                  // open

    /** The first four figures of a row, as rows had them before the backlog and the other figures. */
    private static OperationsRow firstFour(OperationsRow r) {
        return new OperationsRow(r.segmentType(), r.segment(), r.tickets(), r.medianResolutionHours());
    }

    private static List<OperationsRow> firstFour(List<OperationsRow> rows) {
        return rows.stream().map(OperationsMetricsTest::firstFour).toList();
    }

    @Test
    void rowsAreOverallThenDepartmentsThenThemesWithMediansOfResolvedTicketsOnly() {
        List<OperationsRow> rows = firstFour(OperationsMetrics.compute(TICKETS,
                Map.of("T1", 1, "T3", 1, "T2", 2, "T6", 2, "T5", -1),  // T4 has no theme
                Map.of(1, "printer · jam", 2, "vpn · home")));

        // no ticket has a priority: no priority rows
        assertEquals(List.of(
                // resolved: 2, 4, 1.5 -> median 2; the three open tickets count but have no time
                new OperationsRow(SegmentType.OVERALL, "All", 6, 2.0),
                new OperationsRow(SegmentType.DEPARTMENT, "Finance", 3, 3.0),  // (2 + 4) / 2
                new OperationsRow(SegmentType.DEPARTMENT, "HR", 2, 1.5),
                new OperationsRow(SegmentType.DEPARTMENT, "Sales", 1, null),   // nothing resolved
                new OperationsRow(SegmentType.THEME, "unclustered", 2, 1.5),   // T4 (no theme) and T5
                new OperationsRow(SegmentType.THEME, "T01 printer · jam", 2, 2.0),
                new OperationsRow(SegmentType.THEME, "T02 vpn · home", 2, 4.0)),
                rows);
    }

    @Test
    void medianHoursAreRoundedToTwoPlaces() {
        List<OperationsRow> rows = firstFour(OperationsMetrics.compute(List.of(
                ticket("A", "IT", Duration.ofMinutes(20)),   // 0.3333 h
                ticket("B", "IT", Duration.ofMinutes(50))),  // 0.8333 h
                Map.of(), Map.of()));
        // (1/3 + 5/6) / 2 = 0.58333 -> 0.58
        assertEquals(new OperationsRow(SegmentType.OVERALL, "All", 2, 0.58), rows.get(0));
        assertEquals(new OperationsRow(SegmentType.THEME, "unclustered", 2, 0.58), rows.get(2));
    }

    @Test
    void themeSegmentsAreZeroPaddedSoTheySortById() {
        assertEquals("T03 wifi", OperationsMetrics.themeSegment(3, Map.of(3, "wifi")));
        assertEquals("T12 sap · login", OperationsMetrics.themeSegment(12, Map.of(12, "sap · login")));
        assertEquals("unclustered", OperationsMetrics.themeSegment(-1, Map.of(-1, "ignored")));
    }

    @Test
    void noTicketsGiveAnOverallRowWithoutMedian() {
        assertEquals(List.of(new OperationsRow(SegmentType.OVERALL, "All", 0, null)),
                OperationsMetrics.compute(List.of(), Map.of(), Map.of()));
    }

    // --- the figures added with the backlog --------------------------------------------------------------

    private static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");

    private static Ticket at(String id, String department, String priority, Instant created, Instant resolved,
                             Double hoursSpent, Integer reopens) {
        return new Ticket(id, created, resolved, department, "", priority, "s", "", hoursSpent, null, reopens);
    }

    private static Instant daysBefore(long days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    private static OperationsRow only(List<OperationsRow> rows, SegmentType type, String segment) {
        List<OperationsRow> found = rows.stream()
                .filter(r -> r.segmentType() == type && r.segment().equals(segment)).toList();
        assertEquals(1, found.size(), type + " " + segment + " in " + rows);
        return found.get(0);
    }

    private static double q(double p, double... values) {
        return OperationsMetrics.quantile(Arrays.stream(values).boxed().toList(), p).orElseThrow();
    }

    @Test
    void p90IsLinearInterpolationBetweenOrderStatisticsType7() {
        // sorted x[0..n-1], h = (n - 1) * p, value x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h])
        assertEquals(OptionalDouble.empty(), OperationsMetrics.quantile(List.of(), 0.9));
        assertEquals(5.0, q(0.9, 5));                                     // n = 1: the value itself
        assertEquals(1.9, q(0.9, 1, 2), 1e-9);                            // h = 0.9: 1 + 0.9 * 1
        assertEquals(28.0, q(0.9, 30, 10, 20), 1e-9);                     // h = 1.8: 20 + 0.8 * 10
        assertEquals(4.6, q(0.9, 5, 1, 4, 2, 3), 1e-9);                   // h = 3.6: 4 + 0.6 * 1
        assertEquals(9.1, q(0.9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 1e-9);   // h = 8.1: 9 + 0.1 * 1
        assertEquals(7.0, q(0.9, 7, 7, 7), 1e-9);
        assertEquals(10.0, q(1.0, 10, 1, 5), 1e-9);                       // p = 1: the largest
        // at p = 0.5 it is Stats.median: the middle value, or the mean of the two middle ones
        for (List<Double> values : List.of(List.of(3.0, 1.0, 2.0), List.of(4.0, 1.0, 3.0, 2.0), List.of(0.5),
                List.of(1.0, 100.0))) {
            assertEquals(Stats.median(values).getAsDouble(), OperationsMetrics.quantile(values, 0.5).getAsDouble(),
                    1e-12, values.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> OperationsMetrics.quantile(List.of(1.0), 90));
    }

    @Test
    void p90OfResolvedTicketsIsRoundedToTwoPlaces() {
        List<OperationsRow> rows = OperationsMetrics.compute(List.of(
                ticket("A", "IT", Duration.ofMinutes(20)),   // 1/3 h
                ticket("B", "IT", Duration.ofMinutes(50)),   // 5/6 h
                ticket("C", "IT", null)),                    // open: not in the percentile
                Map.of(), Map.of());
        // h = 0.9: 1/3 + 0.9 * (5/6 - 1/3) = 0.78333 -> 0.78
        assertEquals(0.78, rows.get(0).p90ResolutionHours());
        assertEquals(2, rows.get(0).resolved());

        List<Ticket> tenHours = new java.util.ArrayList<>();
        for (int h = 1; h <= 10; h++) {
            tenHours.add(ticket("T" + h, "IT", Duration.ofHours(h)));
        }
        OperationsRow all = OperationsMetrics.compute(tenHours, Map.of(), Map.of()).get(0);
        assertEquals(9.1, all.p90ResolutionHours());     // h = 8.1: 9 + 0.1 * (10 - 9)
        assertEquals(5.5, all.medianResolutionHours());  // (5 + 6) / 2
    }

    @Test
    void backlogBucketsByWholeDaysOfAgeAtTheBoundaries() {
        List<Ticket> tickets = List.of(
                at("age0", "IT", "", AS_OF, null, null, null),                                // 0 days: 0-7
                at("age7", "IT", "", daysBefore(7), null, null, null),                        // 0-7
                at("age7.99", "IT", "", daysBefore(8).plusSeconds(1), null, null, null),      // 7 whole days: 0-7
                at("age8", "IT", "", daysBefore(8), null, null, null),                        // 8-30
                at("age30", "IT", "", daysBefore(30), null, null, null),                      // 8-30
                at("age31", "IT", "", daysBefore(31), null, null, null),                      // 31-90
                at("age90", "IT", "", daysBefore(90), null, null, null),                      // 31-90
                at("age91", "IT", "", daysBefore(91), null, null, null),                      // > 90
                at("future", "IT", "", AS_OF.plusSeconds(1), null, null, null),               // created after: not open
                // resolved exactly at asOf: not open; 48 h
                at("resolvedAtEnd", "IT", "", daysBefore(2), AS_OF, null, null),
                // resolved one second after asOf: open at the end, 10 days old (8-30); 240 h + 1 s
                at("resolvedAfter", "IT", "", daysBefore(10), AS_OF.plusSeconds(1), null, null));
        List<OperationsRow> rows = OperationsMetrics.compute(tickets, Map.of(), Map.of(),
                OperationsOptions.defaults(AS_OF));

        // resolved hours 48 and 240.00028: median 144.00014 -> 144.0; p90 48 + 0.9 * 192.00028 = 220.80025 -> 220.8
        OperationsRow expected = new OperationsRow(SegmentType.OVERALL, "All", 11, 144.0, 220.8, 2, 9,
                3, 3, 2, 1, 0.0, 0, null, null, null);
        assertEquals(expected, rows.get(0));
        assertEquals(List.of(SegmentType.OVERALL, SegmentType.DEPARTMENT, SegmentType.THEME),
                rows.stream().map(OperationsRow::segmentType).toList(), "no priorities: no priority rows");
        OperationsRow it = only(rows, SegmentType.DEPARTMENT, "IT");
        assertEquals(9, it.openAtEnd());
        assertEquals(it.openAtEnd(), it.backlog0to7() + it.backlog8to30() + it.backlog31to90() + it.backlogOver90());
    }

    @Test
    void theThreeArgumentComputeMeasuresTheBacklogAtTheLatestTimeOfTheTickets() {
        // latest time: T2 resolved at T0 + 4 h; T3, T5 and T6 are open and 4 hours old
        OperationsRow all = OperationsMetrics.compute(TICKETS, Map.of(), Map.of()).get(0);
        assertEquals(3, all.resolved());
        assertEquals(3, all.openAtEnd());
        assertEquals(3, all.backlog0to7());
        assertEquals(all, OperationsMetrics.compute(TICKETS, Map.of(), Map.of(),
                OperationsOptions.defaults(T0.plus(Duration.ofHours(4)))).get(0));
    }

    private static final Instant C = daysBefore(1);

    private static Ticket resolvedIn(String id, String priority, double hours) {
        return at(id, "IT", priority, C, C.plusSeconds(Math.round(hours * 3600)), null, null);
    }

    private static final List<Ticket> PRIORITIZED = List.of(
            resolvedIn("a", "P1", 2), resolvedIn("b", "P1", 4), resolvedIn("c", "P1", 5),
            at("d", "IT", "P1", C, null, null, null),
            resolvedIn("e", "P2", 9), at("f", "IT", "P2", C, null, null, null),
            resolvedIn("g", "P3", 1),
            at("h", "Sales", "P4", C, null, null, null),
            resolvedIn("i", "", 1));                               // no priority: in no priority row

    private static final OperationsOptions TARGETS = new OperationsOptions(AS_OF,
            Map.of("P1", 4.0, "p2", 8.0, "P4", 24.0));             // "p2" matches P2 ignoring case

    @Test
    void slaAttainmentIsOnPriorityRowsWithATargetOnly() {
        List<OperationsRow> rows = OperationsMetrics.compute(PRIORITIZED, Map.of(), Map.of(), TARGETS);

        assertEquals(List.of("All", "IT", "Sales", "unclustered", "P1", "P2", "P3", "P4"),
                rows.stream().map(OperationsRow::segment).toList(), "in SegmentType order, priorities sorted");
        // P1: resolved 2, 4, 5 h; 2 and 4 are within 4 h (4 = target counts as met): 2/3 -> 0.6667;
        // median 4; p90 h = 1.8: 4 + 0.8 * 1 = 4.8; d is open, 1 day old
        assertEquals(new OperationsRow(SegmentType.PRIORITY, "P1", 4, 4.0, 4.8, 3, 1, 1, 0, 0, 0, 0.0, 0, null,
                4.0, 0.6667), only(rows, SegmentType.PRIORITY, "P1"));
        OperationsRow p2 = only(rows, SegmentType.PRIORITY, "P2");   // 9 h > 8 h
        assertEquals(8.0, p2.slaTargetHours());
        assertEquals(0.0, p2.slaMet());
        OperationsRow p3 = only(rows, SegmentType.PRIORITY, "P3");   // no target
        assertNull(p3.slaTargetHours());
        assertNull(p3.slaMet());
        assertEquals(1.0, p3.medianResolutionHours());
        OperationsRow p4 = only(rows, SegmentType.PRIORITY, "P4");   // a target but nothing resolved
        assertEquals(24.0, p4.slaTargetHours());
        assertNull(p4.slaMet());
        assertEquals(0, p4.resolved());
        assertNull(p4.p90ResolutionHours());
        for (OperationsRow r : rows) {
            if (r.segmentType() != SegmentType.PRIORITY) {
                assertNull(r.slaTargetHours(), r.segment());
                assertNull(r.slaMet(), r.segment());
            }
        }
        assertEquals(9, rows.get(0).tickets());
    }

    @Test
    void withoutTargetsNoRowHasSlaFigures() {
        List<OperationsRow> rows = OperationsMetrics.compute(PRIORITIZED, Map.of(), Map.of(),
                OperationsOptions.defaults(AS_OF));
        assertTrue(rows.stream().allMatch(r -> r.slaTargetHours() == null && r.slaMet() == null));
        assertEquals(4, rows.stream().filter(r -> r.segmentType() == SegmentType.PRIORITY).count());
    }

    @Test
    void aTargetWrittenExactlyAsThePriorityWinsOverOneThatDiffersInCase() {
        OperationsOptions options = new OperationsOptions(AS_OF, Map.of("P2", 6.0, "p2", 8.0));
        assertEquals(6.0, options.targetOf("P2"));
        assertEquals(8.0, options.targetOf("p2"));
        assertNull(options.targetOf("P3"));
    }

    @Test
    void optionsRejectTargetsThatAreNoPositiveHours() {
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("P1", null);
        for (Map<String, Double> bad : List.of(Map.of("P1", 0.0), Map.of("P1", -4.0), Map.of("P1", Double.NaN),
                withNull)) {
            assertThrows(IllegalArgumentException.class, () -> new OperationsOptions(AS_OF, bad), bad.toString());
        }
        assertEquals(Map.of(), new OperationsOptions(AS_OF, null).slaHours());
        assertThrows(NullPointerException.class, () -> OperationsOptions.defaults(null));
    }

    @Test
    void reopenRateIsTheShareOfResolvedTicketsReopenedAmongThoseThatCarryTheCount() {
        Instant r = C.plus(Duration.ofHours(1));
        List<OperationsRow> rows = OperationsMetrics.compute(List.of(
                at("a1", "A", "", C, r, null, 0),
                at("a2", "A", "", C, r, null, 1),
                at("a3", "A", "", C, r, null, 2),
                at("a4", "A", "", C, r, null, null),        // unknown: not counted either way
                at("a5", "A", "", C, null, null, 3),        // open: not resolved, not counted
                at("b1", "B", "", C, null, null, 1),        // B: only an open ticket carries the count
                at("b2", "B", "", C, r, null, null),
                at("c1", "C", "", C, r, null, null)),       // C: no ticket carries it
                Map.of(), Map.of(), OperationsOptions.defaults(AS_OF));
        assertEquals(0.6667, only(rows, SegmentType.DEPARTMENT, "A").reopenRate());  // 2 of a1-a3
        assertNull(only(rows, SegmentType.DEPARTMENT, "B").reopenRate());
        assertNull(only(rows, SegmentType.DEPARTMENT, "C").reopenRate());
        assertEquals(0.6667, rows.get(0).reopenRate());
    }

    @Test
    void reopenRateIsNullWhenNoTicketHasTheField() {
        List<OperationsRow> rows = OperationsMetrics.compute(TICKETS, Map.of(), Map.of());
        assertTrue(rows.stream().allMatch(r -> r.reopenRate() == null), rows.toString());
    }

    @Test
    void hoursSpentIsTheSumOfRecordedHoursRoundedToTwoPlaces() {
        List<OperationsRow> rows = OperationsMetrics.compute(List.of(
                at("1", "IT", "", C, null, 1.5, null),
                at("2", "IT", "", C, null, 0.25, null),
                at("3", "IT", "", C, null, null, null),
                at("4", "IT", "", C, null, 0.333, null)),
                Map.of(), Map.of(), OperationsOptions.defaults(AS_OF));
        assertEquals(2.08, rows.get(0).hoursSpent());    // 1.5 + 0.25 + 0.333 = 2.083
        assertEquals(3, rows.get(0).ticketsWithHours());
    }

    @Test
    void noTicketsGiveOnlyAnEmptyOverallRowWhateverTheOptions() {
        assertEquals(List.of(new OperationsRow(SegmentType.OVERALL, "All", 0, null, null, 0, 0, 0, 0, 0, 0, 0.0, 0,
                        null, null, null)),
                OperationsMetrics.compute(List.of(), Map.of(), Map.of(), TARGETS));
    }

    @Test
    void aSegmentWithOnlyOpenTicketsHasNoResolutionFigures() {
        OperationsRow sales = only(OperationsMetrics.compute(PRIORITIZED, Map.of(), Map.of(), TARGETS),
                SegmentType.DEPARTMENT, "Sales");
        assertEquals(new OperationsRow(SegmentType.DEPARTMENT, "Sales", 1, null, null, 0, 1, 1, 0, 0, 0, 0.0, 0,
                null, null, null), sales);
    }

    @Test
    void tableHasTheOldColumnsFirstThenTheNewOnesWithMissingCellsForNull() {
        List<OperationsRow> rows = OperationsMetrics.compute(PRIORITIZED, Map.of(), Map.of(), TARGETS);
        Table table = OperationsMetrics.table(rows);
        assertEquals("operations", table.name());
        assertEquals(List.of("segment_type", "segment", "tickets", "median_resolution_hours",
                "p90_resolution_hours", "resolved", "open_at_end", "backlog_0_7_days", "backlog_8_30_days",
                "backlog_31_90_days", "backlog_over_90_days", "hours_spent", "tickets_with_hours", "reopen_rate",
                "sla_target_hours", "sla_met"), table.columnNames());
        assertEquals(rows.size(), table.rowCount());
        int p1 = 4;
        assertEquals("priority", table.stringColumn("segment_type").get(p1));
        assertEquals("P1", table.stringColumn("segment").get(p1));
        assertEquals(4, table.intColumn("tickets").get(p1));
        assertEquals(4.8, table.doubleColumn("p90_resolution_hours").get(p1));
        assertEquals(3, table.intColumn("resolved").get(p1));
        assertEquals(1, table.intColumn("open_at_end").get(p1));
        assertEquals(1, table.intColumn("backlog_0_7_days").get(p1));
        assertEquals(0, table.intColumn("backlog_over_90_days").get(p1));
        assertEquals(4.0, table.doubleColumn("sla_target_hours").get(p1));
        assertEquals(0.6667, table.doubleColumn("sla_met").get(p1));
        assertTrue(table.doubleColumn("reopen_rate").isMissing(p1));
        assertEquals("overall", table.stringColumn("segment_type").get(0));
        assertTrue(table.doubleColumn("sla_met").isMissing(0));
        assertTrue(table.doubleColumn("sla_target_hours").isMissing(0));
        int sales = 2;
        assertEquals("Sales", table.stringColumn("segment").get(sales));
        assertTrue(table.doubleColumn("median_resolution_hours").isMissing(sales));
        assertTrue(table.doubleColumn("p90_resolution_hours").isMissing(sales));
        assertEquals(0.0, table.doubleColumn("hours_spent").get(sales));
        assertEquals(0, OperationsMetrics.table(List.of()).rowCount());
    }
}
