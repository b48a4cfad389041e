package io.needmap.samples;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the generator planted in one ticket file, counted as it wrote it, over the tickets that
 * carry no planted data-quality problem (duplicated copies and problem rows excluded).
 */
public final class TicketStats {
    private final SampleQuarter quarter;
    private final Map<Theme, Integer> tickets = new EnumMap<>(Theme.class);
    private final Map<Theme, Double> hours = new EnumMap<>(Theme.class);
    private final Map<String, Integer> categories = new TreeMap<>();
    private final int[] priorities = new int[4];
    int rows;
    int cleanTickets;
    int open;
    int withSatisfaction;
    double totalHours;
    long firstId;
    long lastId;
    int vpnBeforeCutover;
    int workdaysBeforeCutover;
    int vpnAfterCutover;
    int workdaysAfterCutover;
    int multiLineDescriptions;

    TicketStats(SampleQuarter quarter) {
        this.quarter = quarter;
        for (Theme t : Theme.values()) {
            tickets.put(t, 0);
            hours.put(t, 0.0);
        }
    }

    void add(Theme t, int priority, double spent, boolean isOpen, boolean rated) {
        cleanTickets++;
        tickets.merge(t, 1, Integer::sum);
        hours.merge(t, spent, Double::sum);
        categories.merge(t.ticketCategory(), 1, Integer::sum);
        priorities[priority - 1]++;
        totalHours += spent;
        if (isOpen) open++;
        if (rated) withSatisfaction++;
    }

    public SampleQuarter quarter() {
        return quarter;
    }

    /** Data rows in the file, duplicated copies included. */
    public int rows() {
        return rows;
    }

    /** Tickets without a planted problem. */
    public int cleanTickets() {
        return cleanTickets;
    }

    public int open() {
        return open;
    }

    public int withSatisfaction() {
        return withSatisfaction;
    }

    public double totalHours() {
        return totalHours;
    }

    public long firstId() {
        return firstId;
    }

    public long lastId() {
        return lastId;
    }

    public Map<Theme, Integer> tickets() {
        return tickets;
    }

    public Map<Theme, Double> hours() {
        return hours;
    }

    public Map<String, Integer> categories() {
        return categories;
    }

    public int priority(int p) {
        return priorities[p - 1];
    }

    public int multiLineDescriptions() {
        return multiLineDescriptions;
    }

    public double ticketShare(Theme t) {
        return cleanTickets == 0 ? 0 : (double) tickets.get(t) / cleanTickets;
    }

    public double hoursShare(Theme t) {
        return totalHours == 0 ? 0 : hours.get(t) / totalHours;
    }

    public double meanHours(Theme t) {
        int n = tickets.get(t);
        return n == 0 ? Double.NaN : hours.get(t) / n;
    }

    /** VPN tickets per workday before the VPN cut-over (NaN if the quarter has no such day). */
    public double vpnPerWorkdayBeforeCutover() {
        return workdaysBeforeCutover == 0
                ? Double.NaN
                : (double) vpnBeforeCutover / workdaysBeforeCutover;
    }

    public double vpnPerWorkdayAfterCutover() {
        return workdaysAfterCutover == 0
                ? Double.NaN
                : (double) vpnAfterCutover / workdaysAfterCutover;
    }
}
