package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Self-service candidates: many tickets, short and uniform handling, enough booked tickets to tell. */
class AutomationTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");
    private static final Map<Integer, String> LABELS = Map.of(1, "password reset", 2, "erp", 3, "vpn", 4, "printer");

    private final List<Ticket> tickets = new ArrayList<>();
    private final Map<String, Integer> themeOf = new HashMap<>();

    private void ticket(int theme, Double hours) {
        String id = "INC" + tickets.size();
        tickets.add(new Ticket(id, T0, T0.plusSeconds(3600), "Finance", "", "", "t", "", hours, null));
        if (theme > 0) {
            themeOf.put(id, theme);
        }
    }

    private static MetricsOptions rule(double minShare, double maxMedian, double maxIqr) {
        return MetricsOptions.defaults().withAutomation(minShare, maxMedian, maxIqr);
    }

    /**
     * Theme 1: ten booked tickets and two unbooked; theme 2: eight tickets of 5 h. 20 tickets.
     * Theme 1 sorted: 0.1 0.2 0.2 0.2 0.3 0.3 0.4 0.4 0.6 1.0 (R-7 quantiles, h = 9p + 1):
     * median h 5.5 → (0.3 + 0.3)/2 = 0.3; Q1 h 3.25 → 0.2 + 0.25·0 = 0.2; Q3 h 7.75 → 0.4 + 0.75·0 = 0.4; IQR 0.2.
     */
    private void passwordResets(int booked) {
        double[] hours = {0.1, 0.2, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4, 0.6, 1.0};
        for (int i = 0; i < booked; i++) {
            ticket(1, hours[i]);
        }
        ticket(1, null);
        ticket(1, null);
        for (int i = 0; i < 8; i++) {
            ticket(2, 5.0);
        }
    }

    @Test
    void aThemeExactlyOnEveryBoundaryIsACandidate() {
        passwordResets(10);
        List<Automation.Row> rows = Automation.candidates(tickets, themeOf, LABELS, rule(0.6, 0.3, 0.2), 73);
        // share 12/20 = 0.6; hours: booked 0.1 + 0.6 + 0.6 + 0.8 + 0.6 + 1.0 = 3.7, plus 2 unbooked at the
        // theme's median 0.3 = 4.3 in the period; a year: 4.3 × 365 / 73 = 4.3 × 5 = 21.5
        // theme 2 has 8 booked tickets, fewer than 10: no row whatever its numbers
        assertEquals(List.of(new Automation.Row(1, "password reset", 12, 0.6, 10, 0.3, 0.2, 0.4, 0.2, 4.3, 21.5)),
                rows);
    }

    @Test
    void aShareBelowTheMinimumIsNoCandidate() {
        passwordResets(10);
        assertEquals(List.of(), Automation.candidates(tickets, themeOf, LABELS, rule(0.61, 0.3, 0.2), 73));
    }

    @Test
    void aMedianAboveTheMaximumIsNoCandidate() {
        passwordResets(10);
        assertEquals(List.of(), Automation.candidates(tickets, themeOf, LABELS, rule(0.6, 0.29, 0.2), 73));
    }

    @Test
    void anInterquartileRangeAboveTheMaximumIsNoCandidate() {
        passwordResets(10);
        assertEquals(List.of(), Automation.candidates(tickets, themeOf, LABELS, rule(0.6, 0.3, 0.19), 73));
    }

    @Test
    void fewerThanTenBookedTicketsAreNoCandidateHoweverLooseTheRule() {
        passwordResets(9); // 9 booked + 2 unbooked: 11 tickets, but 9 booked
        assertEquals(List.of(), Automation.candidates(tickets, themeOf, LABELS, rule(0.0, 10.0, 10.0), 73));
    }

    @Test
    void candidatesComeMostHoursAYearFirstAndUnclusteredTicketsNeverQualify() {
        for (int i = 0; i < 10; i++) {
            ticket(4, 0.25);
            ticket(3, 0.5);
            ticket(0, 0.1); // unclustered
        }
        List<Automation.Row> rows = Automation.candidates(tickets, themeOf, LABELS, rule(0.0, 0.5, 0.5), 365);
        // 30 tickets; themes 3 and 4: 10/30 = 0.3333 each; theme 3: 10 × 0.5 = 5 h, theme 4: 10 × 0.25 = 2.5 h;
        // a 365-day period: per year = in the period
        assertEquals(List.of(
                new Automation.Row(3, "vpn", 10, 0.3333, 10, 0.5, 0.5, 0.5, 0.0, 5.0, 5.0),
                new Automation.Row(4, "printer", 10, 0.3333, 10, 0.25, 0.25, 0.25, 0.0, 2.5, 2.5)),
                rows);
    }

    @Test
    void aPeriodOfZeroDaysCountsAsOneDay() {
        for (int i = 0; i < 10; i++) {
            ticket(4, 0.25);
        }
        // 10 × 0.25 = 2.5 h in one day → 2.5 × 365 = 912.5 a year
        assertEquals(912.5, Automation.candidates(tickets, themeOf, LABELS, rule(0.0, 0.5, 0.5), 0).get(0)
                .hoursPerYear());
    }

    @Test
    void noTicketsGiveNoCandidatesAndAnEmptyTable() {
        List<Automation.Row> rows = Automation.candidates(List.of(), Map.of(), LABELS, MetricsOptions.defaults(), 90);
        assertEquals(List.of(), rows);
        Table table = Automation.table(rows);
        assertEquals(List.of("theme_id", "label", "tickets", "ticket_share", "tickets_with_hours", "median_hours",
                "q1_hours", "q3_hours", "iqr_hours", "hours_in_period", "hours_per_year"), table.columnNames());
    }
}
