package io.needmap.metrics;

import io.needmap.model.Initiative;
import io.needmap.model.Theme;
import io.needmap.model.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * IT's hours per theme: the hours booked on the theme's tickets plus the effort of the initiatives
 * that address it. A ticket without booked hours counts as the median of the hours booked on its
 * theme's tickets (of all tickets when none of the theme's has hours): leaving it out would make
 * themes whose tickets are rarely booked look cheap. An initiative's effort is spread evenly over
 * the themes it addresses.
 */
public final class Effort {

    private Effort() {
    }

    /** The median booked hours of each theme's tickets, and of all tickets under {@link Theme#UNCLUSTERED}. */
    public static Map<Integer, Double> medianHours(List<Ticket> tickets, Map<String, Integer> themeOfTicket) {
        Map<Integer, List<Double>> booked = new TreeMap<>();
        List<Double> all = new ArrayList<>();
        for (Ticket t : tickets) {
            if (t.hoursSpent() != null) {
                booked.computeIfAbsent(themeOf(t, themeOfTicket), k -> new ArrayList<>()).add(t.hoursSpent());
                all.add(t.hoursSpent());
            }
        }
        Map<Integer, Double> medians = new HashMap<>();
        booked.forEach((theme, hours) -> medians.put(theme, Stats.median(hours).orElseThrow()));
        OptionalDouble overall = Stats.median(all);
        // the overall median stands in for themes without booked hours; it replaces the unclustered
        // bucket's own, which no clustered theme needs
        overall.ifPresent(m -> medians.put(Theme.UNCLUSTERED, m));
        return medians;
    }

    /** A ticket's hours: booked, or its theme's median, or the overall median; 0 when no ticket has hours. */
    public static double ticketHours(Ticket t, Map<String, Integer> themeOfTicket, Map<Integer, Double> medians) {
        if (t.hoursSpent() != null) {
            return t.hoursSpent();
        }
        Double median = medians.get(themeOf(t, themeOfTicket));
        if (median == null || !Theme.isTheme(themeOf(t, themeOfTicket))) {
            median = medians.get(Theme.UNCLUSTERED);
        }
        return median == null ? 0.0 : median;
    }

    /** Hours per theme from tickets (imputed as above), in theme order; unclustered tickets excluded. */
    public static Map<Integer, Double> ticketHoursByTheme(List<Ticket> tickets, Map<String, Integer> themeOfTicket,
                                                          Map<Integer, Double> medians) {
        Map<Integer, Double> hours = new TreeMap<>();
        for (Ticket t : tickets) {
            int theme = themeOf(t, themeOfTicket);
            if (Theme.isTheme(theme)) {
                hours.merge(theme, ticketHours(t, themeOfTicket, medians), Double::sum);
            }
        }
        return hours;
    }

    /** Initiative effort spread evenly over each initiative's themes; initiatives without hours or themes add none. */
    public static Map<Integer, Double> initiativeHoursByTheme(List<Initiative> initiatives,
                                                              Map<String, List<Integer>> themesOfInitiative) {
        Map<Integer, Double> hours = new TreeMap<>();
        for (Initiative i : initiatives) {
            List<Integer> themes = themesOfInitiative.getOrDefault(i.initiativeId(), List.of());
            if (i.effortHours() != null && !themes.isEmpty()) {
                themes.forEach(t -> hours.merge(t, i.effortHours() / themes.size(), Double::sum));
            }
        }
        return hours;
    }

    /** Whether any ticket has booked hours. */
    public static boolean anyBooked(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::hoursSpent).anyMatch(Objects::nonNull);
    }

    static int themeOf(Ticket t, Map<String, Integer> themeOfTicket) {
        return themeOfTicket.getOrDefault(t.ticketId(), Theme.UNCLUSTERED);
    }
}
