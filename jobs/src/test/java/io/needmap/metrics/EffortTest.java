package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Initiative;
import io.needmap.model.Theme;
import io.needmap.model.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IT's hours per theme: booked hours, unbooked tickets at a median, initiatives spread over their themes. */
class EffortTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");

    private static Ticket ticket(String id, Double hours) {
        return new Ticket(id, T0, null, "Finance", "", "", "summary " + id, "", hours, null);
    }

    private static Initiative initiative(String id, Double hours) {
        return new Initiative(id, "name " + id, "G1", "All", "planned", hours);
    }

    // theme 1: 1 h, 3 h and one unbooked; theme 2: two unbooked; theme 3: 10 h; one unclustered unbooked ticket
    private static final List<Ticket> TICKETS = List.of(ticket("a", 1.0), ticket("b", 3.0), ticket("c", null),
            ticket("d", null), ticket("e", null), ticket("f", 10.0), ticket("g", null));
    private static final Map<String, Integer> THEME_OF = Map.of("a", 1, "b", 1, "c", 1, "d", 2, "e", 2, "f", 3);

    @Test
    void mediansPerThemeWithTheOverallMedianUnderUnclustered() {
        // theme 1: median(1, 3) = 2; theme 3: median(10) = 10; overall: median(1, 3, 10) = 3
        assertEquals(Map.of(1, 2.0, 3, 10.0, Theme.UNCLUSTERED, 3.0), Effort.medianHours(TICKETS, THEME_OF));
    }

    @Test
    void theOverallMedianReplacesTheUnclusteredBucketsOwn() {
        // unclustered booked 100 (its own median 100); theme 1 booked 1, 2 → median 1.5;
        // overall median(1, 2, 100) = 2 stands under unclustered, not 100
        List<Ticket> tickets = List.of(ticket("u", 100.0), ticket("a", 1.0), ticket("b", 2.0));
        assertEquals(Map.of(1, 1.5, Theme.UNCLUSTERED, 2.0), Effort.medianHours(tickets, Map.of("a", 1, "b", 1)));
    }

    @Test
    void anUnbookedTicketCountsAsItsThemesMedian() {
        Map<Integer, Double> medians = Effort.medianHours(TICKETS, THEME_OF);
        assertEquals(2.0, Effort.ticketHours(TICKETS.get(2), THEME_OF, medians)); // ticket c, theme 1: median(1, 3)
    }

    @Test
    void anUnbookedTicketOfAThemeWithoutBookedHoursCountsAsTheOverallMedian() {
        Map<Integer, Double> medians = Effort.medianHours(TICKETS, THEME_OF);
        assertEquals(3.0, Effort.ticketHours(TICKETS.get(3), THEME_OF, medians)); // ticket d, theme 2: median(1, 3, 10)
        assertEquals(3.0, Effort.ticketHours(TICKETS.get(6), THEME_OF, medians)); // ticket g, unclustered
    }

    @Test
    void aBookedTicketCountsItsOwnHours() {
        Map<Integer, Double> medians = Effort.medianHours(TICKETS, THEME_OF);
        assertEquals(10.0, Effort.ticketHours(TICKETS.get(5), THEME_OF, medians));
    }

    @Test
    void ticketHoursByThemeAddBookedAndImputedHoursAndLeaveOutUnclustered() {
        Map<Integer, Double> medians = Effort.medianHours(TICKETS, THEME_OF);
        // theme 1: 1 + 3 + 2 (median) = 6; theme 2: 3 + 3 (overall median) = 6; theme 3: 10; ticket g unclustered: left out
        assertEquals(Map.of(1, 6.0, 2, 6.0, 3, 10.0), Effort.ticketHoursByTheme(TICKETS, THEME_OF, medians));
    }

    @Test
    void withHoursAllMissingEveryTicketCountsZero() {
        List<Ticket> tickets = List.of(ticket("a", null), ticket("b", null), ticket("c", null));
        Map<String, Integer> themeOf = Map.of("a", 1, "b", 2);
        Map<Integer, Double> medians = Effort.medianHours(tickets, themeOf);

        assertEquals(Map.of(), medians);
        assertEquals(0.0, Effort.ticketHours(tickets.get(0), themeOf, medians));
        assertEquals(0.0, Effort.ticketHours(tickets.get(2), themeOf, medians));
        assertEquals(Map.of(1, 0.0, 2, 0.0), Effort.ticketHoursByTheme(tickets, themeOf, medians));
        assertFalse(Effort.anyBooked(tickets));
    }

    @Test
    void noTicketsGiveNoMediansAndNoHours() {
        assertEquals(Map.of(), Effort.medianHours(List.of(), Map.of()));
        assertEquals(Map.of(), Effort.ticketHoursByTheme(List.of(), Map.of(), Map.of()));
        assertFalse(Effort.anyBooked(List.of()));
    }

    @Test
    void oneBookedTicketIsItsThemesAndTheOverallMedian() {
        List<Ticket> tickets = List.of(ticket("a", 0.5));
        assertEquals(Map.of(4, 0.5, Theme.UNCLUSTERED, 0.5), Effort.medianHours(tickets, Map.of("a", 4)));
        assertTrue(Effort.anyBooked(tickets));
    }

    @Test
    void initiativeHoursAreSpreadEvenlyOverTheInitiativesThemes() {
        List<Initiative> initiatives = List.of(initiative("I1", 30.0), initiative("I2", 8.0), initiative("I3", null),
                initiative("I4", 5.0));
        Map<String, List<Integer>> themesOf = Map.of("I1", List.of(1, 2, 3), "I2", List.of(2), "I3", List.of(1),
                "I4", List.of());
        // I1: 30 / 3 = 10 to each of 1, 2, 3; I2: 8 to theme 2; I3 has no hours, I4 no themes: nothing
        // theme 1: 10; theme 2: 10 + 8 = 18; theme 3: 10
        assertEquals(Map.of(1, 10.0, 2, 18.0, 3, 10.0), Effort.initiativeHoursByTheme(initiatives, themesOf));
    }

    @Test
    void anInitiativeMissingFromTheLinksAddsNoHours() {
        assertEquals(Map.of(), Effort.initiativeHoursByTheme(List.of(initiative("I9", 40.0)), Map.of()));
    }
}
