package io.needmap.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The company's working calendar (Berlin office, times are Europe/Berlin local time): public
 * holidays, summer slow-down, month-end close, office hours; and the streaming allocation of rows
 * to days so that rows come out sorted by time without holding them all.
 */
final class WorkCalendar {
    private WorkCalendar() {}

    /** Berlin public holidays inside Q2 and Q3 2026. */
    static final Set<LocalDate> HOLIDAYS =
            Set.of(
                    LocalDate.of(2026, 4, 3), // Good Friday
                    LocalDate.of(2026, 4, 6), // Easter Monday
                    LocalDate.of(2026, 5, 1), // Labour Day
                    LocalDate.of(2026, 5, 14), // Ascension Day
                    LocalDate.of(2026, 5, 25)); // Whit Monday

    static boolean isWorkday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(d);
    }

    static List<LocalDate> days(LocalDate first, LocalDate last) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    /** Relative activity of a day (tickets, survey answers). */
    static double activity(LocalDate d) {
        if (HOLIDAYS.contains(d)) return 0.04;
        double w =
                switch (d.getDayOfWeek()) {
                    case SATURDAY -> 0.06;
                    case SUNDAY -> 0.04;
                    case MONDAY -> 1.18;
                    case FRIDAY -> 0.82;
                    default -> 1.0;
                };
        if (d.getMonthValue() == 7 || d.getMonthValue() == 8) {
            w *= 0.85; // summer holidays
        }
        if (isFirstWorkdayAfterBreak(d)) {
            w *= 1.15;
        }
        return w;
    }

    /** Monday, or the first workday after a holiday: passwords have been forgotten. */
    static boolean isFirstWorkdayAfterBreak(LocalDate d) {
        return isWorkday(d) && !isWorkday(d.minusDays(1));
    }

    /** The last three and the first two workdays of a month: Finance closes the books. */
    static boolean isMonthEndClose(LocalDate d) {
        if (!isWorkday(d)) return false;
        int before = 0;
        for (LocalDate x = d.withDayOfMonth(1); x.isBefore(d); x = x.plusDays(1)) {
            if (isWorkday(x)) before++;
        }
        if (before < 2) return true;
        int after = 0;
        for (LocalDate x = d.plusDays(1); x.getMonth() == d.getMonth(); x = x.plusDays(1)) {
            if (isWorkday(x)) after++;
        }
        return after < 3;
    }

    /**
     * Splits n rows over the days in proportion to the weights, by cumulative rounding: the counts
     * add up to exactly n and depend on nothing but the inputs.
     */
    static int[] allocate(int n, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        int[] counts = new int[weights.length];
        double cumulative = 0;
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            long upTo = i == weights.length - 1 ? n : Math.round(n * (cumulative / total));
            counts[i] = (int) (upTo - assigned);
            assigned = upTo;
        }
        return counts;
    }

    /**
     * Seconds after midnight for an event on that day; office hours peak mid-morning and
     * mid-afternoon.
     */
    static int secondOfDay(Rng rng, LocalDate d, boolean survey) {
        if (!isWorkday(d)) {
            return rng.between(9 * 3600, 21 * 3600);
        }
        double u = rng.nextDouble();
        double hours;
        if (u < 0.48) {
            hours = 9.6 + 1.1 * rng.gaussian();
        } else if (u < 0.88) {
            hours = (survey ? 13.3 : 14.0) + 1.5 * rng.gaussian();
        } else if (u < 0.97) {
            hours = 17.5 + rng.nextDouble() * (survey ? 5.0 : 3.5);
        } else {
            hours = 6.0 + rng.nextDouble() * 1.5;
        }
        hours = Math.max(0.0, Math.min(23.99, hours));
        return (int) (hours * 3600);
    }

    /** Outside office hours, work is picked up the next workday morning. */
    static LocalDateTime nextOfficeTime(LocalDateTime t, Rng rng) {
        LocalDate d = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        if (isWorkday(d)
                && !time.isBefore(LocalTime.of(7, 30))
                && time.isBefore(LocalTime.of(18, 0))) {
            return t;
        }
        LocalDate next = time.isBefore(LocalTime.of(7, 30)) ? d : d.plusDays(1);
        while (!isWorkday(next)) next = next.plusDays(1);
        return next.atTime(8, 0).plusSeconds(rng.between(0, 3 * 3600));
    }
}
