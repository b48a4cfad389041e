package io.needmap.config;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2026-Q3}: the period a run's evidence should come from.
 *
 * @param year   e.g. 2026
 * @param number 1 to 4
 */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
        }
    }

    /**
     * @throws ConfigException naming the value and how to write it
     */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new ConfigException("quarter '" + text + "' is not a quarter; write it like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate first() {
        return LocalDate.of(year, 3 * number - 2, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d-Q%d", year, number);
    }
}
