package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ticket counts and median resolution hours overall, per department and per theme. */
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

    @Test
    void rowsAreOverallThenDepartmentsThenThemesWithMediansOfResolvedTicketsOnly() {
        List<OperationsRow> rows = OperationsMetrics.compute(TICKETS,
                Map.of("T1", 1, "T3", 1, "T2", 2, "T6", 2, "T5", -1),  // T4 has no theme
                Map.of(1, "printer · jam", 2, "vpn · home"));

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
        List<OperationsRow> rows = OperationsMetrics.compute(List.of(
                ticket("A", "IT", Duration.ofMinutes(20)),   // 0.3333 h
                ticket("B", "IT", Duration.ofMinutes(50))),  // 0.8333 h
                Map.of(), Map.of());
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
}
